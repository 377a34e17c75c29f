import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { databaseAdapter } from '../../cms/src/db/adapter'
import { startCms, type TestCms } from '../helpers/payload'

describe('DATABASE_URL chooses the adapter', () => {
  test('mongodb:// and mongodb+srv:// select MongoDB', () => {
    expect(databaseAdapter('mongodb://127.0.0.1:27017/xiangfeng').name).toBe('mongoose')
    expect(databaseAdapter('mongodb+srv://cluster.example/xiangfeng').name).toBe('mongoose')
  })

  test('unset or file: selects the embedded SQLite', () => {
    expect(databaseAdapter(undefined).name).toBe('sqlite')
    expect(databaseAdapter('file:/tmp/x.db').name).toBe('sqlite')
  })

  test('anything else is refused with a clear message', () => {
    expect(() => databaseAdapter('postgres://localhost/xiangfeng')).toThrow(
      /mongodb:\/\/.*file:.*数据库地址/s,
    )
  })
})

/**
 * The same content model on MongoDB. No MongoDB server can be installed on the development
 * machines, so this suite runs only where MONGODB_URL points at one.
 */
const mongoUrl = process.env.MONGODB_URL
if (!mongoUrl) console.info('MongoDB suite skipped: set MONGODB_URL=mongodb://… to run it.')

describe.runIf(mongoUrl)('on MongoDB (MONGODB_URL)', () => {
  let cms: TestCms
  beforeAll(async () => {
    const url = new URL(mongoUrl!)
    url.pathname = `/xiangfeng-test-${Date.now()}`
    cms = await startCms({ databaseUrl: url.toString() })
  })
  afterAll(async () => {
    const db = cms?.payload.db as { connection?: { dropDatabase?: () => Promise<unknown> } } | undefined
    await db?.connection?.dropDatabase?.()
    await cms?.close()
  })

  test('create, slug per village, draft hidden from the public', async () => {
    const township = await cms.payload.create({ collection: 'townships', data: { name: '云溪镇' } })
    const village = await cms.payload.create({
      collection: 'villages',
      data: { name: '清溪村', township: township.id },
    })
    expect(typeof village.id).toBe('string')
    const make = (draft: boolean) =>
      cms.payload.create({
        collection: 'role-models',
        data: {
          name: '张伟',
          subjectType: 'person',
          category: 'good-neighbour',
          summary: '热心。',
          village: village.id,
          _status: draft ? 'draft' : 'published',
        } as never,
        draft,
        depth: 0,
        // Published directly, as the demo seed does: this suite is about storage, not review.
        context: { seeding: true },
      })
    const published = await make(false)
    const draft = await make(true)
    expect([published.slug, draft.slug]).toEqual(['zhang-wei', 'zhang-wei-2'])
    const anonymous = await cms.payload.find({ collection: 'role-models', overrideAccess: false, depth: 0 })
    expect(anonymous.docs.map((d) => d.id)).toEqual([published.id])
  })
})
