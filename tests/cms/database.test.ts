import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { databaseAdapter } from '@xiangfeng/cms/db/adapter'
import { startCms, type TestCms, testDatabase } from '../helpers/payload'

describe('DATABASE_URL chooses the adapter', () => {
  test('mongodb:// and mongodb+srv:// select MongoDB', () => {
    expect(databaseAdapter('mongodb://127.0.0.1:27017/xiangfeng').name).toBe('mongoose')
    expect(databaseAdapter('mongodb+srv://cluster.example/xiangfeng').name).toBe('mongoose')
  })

  test('postgres:// and postgresql:// select PostgreSQL', () => {
    expect(databaseAdapter('postgres://127.0.0.1:5432/xiangfeng').name).toBe('postgres')
    expect(databaseAdapter('postgresql://db.example/xiangfeng').name).toBe('postgres')
  })

  test('unset or file: selects the embedded SQLite', () => {
    expect(databaseAdapter(undefined).name).toBe('sqlite')
    expect(databaseAdapter('file:/tmp/x.db').name).toBe('sqlite')
  })

  test('anything else is refused with a clear message', () => {
    expect(() => databaseAdapter('mysql://localhost/xiangfeng')).toThrow(
      /postgres:\/\/.*mongodb:\/\/.*file:.*数据库地址/s,
    )
  })
})

/**
 * The same content model on MongoDB. No MongoDB server can be installed on the development
 * machines: this part runs in the `mongodb` project, which vitest.config.ts adds when MONGODB_URL
 * points at one (as do the other suites that go through the adapter).
 */
if (testDatabase === 'sqlite' && !process.env.MONGODB_URL)
  console.info('MongoDB suites skipped: set MONGODB_URL=mongodb://… to run them.')

describe.runIf(testDatabase === 'mongodb')('on MongoDB (MONGODB_URL)', () => {
  let cms: TestCms
  beforeAll(async () => {
    cms = await startCms()
  })
  afterAll(async () => cms?.close())

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
