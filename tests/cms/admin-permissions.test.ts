/**
 * The permissions the admin reads to decide which buttons to show (GET /api/access): a village
 * information officer may create content (in their own villages, checked when the document comes).
 */
import { afterAll, beforeAll, expect, test } from 'vitest'

import { seed } from '../../cms/src/seed'
import { DEMO_PASSWORD } from '../../cms/src/seed/data/places'
import { reviewedCollections } from '../../cms/src/workflow/collections'
import { apiClient, startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>

beforeAll(async () => {
  cms = await startCms()
  await seed(cms.payload)
  api = await apiClient(cms.config)
})
afterAll(async () => cms?.close())

const canCreate = (permission: unknown) =>
  permission === true || (permission as { permission?: boolean })?.permission === true

test('qingxi@ is offered 创建 on every content collection; a reviewer is not', async () => {
  const officer = await api.get('/access', { token: await api.login('qingxi@yunxi.example', DEMO_PASSWORD) })
  const reviewer = await api.get('/access', {
    token: await api.login('reviewer@yunxi.example', DEMO_PASSWORD),
  })
  for (const collection of reviewedCollections) {
    expect(canCreate(officer.body.collections[collection].create), collection).toBe(true)
    expect(canCreate(reviewer.body.collections[collection].create), collection).toBe(false)
  }
})

test('creating still happens only in the officer’s own village', async () => {
  const token = await api.login('qingxi@yunxi.example', DEMO_PASSWORD)
  const villages = (await cms.payload.find({ collection: 'villages', limit: 10 })).docs
  const own = villages.find((v) => v.slug === 'qing-xi-cun')!
  const other = villages.find((v) => v.slug === 'tao-yuan-cun')!
  const model = { name: '新榜样', subjectType: 'person', category: 'good-neighbour', summary: '热心。' }
  expect((await api.post('/role-models?draft=true', { ...model, village: own.id }, { token })).status).toBe(
    201,
  )
  expect((await api.post('/role-models?draft=true', { ...model, village: other.id }, { token })).status).toBe(
    403,
  )
  // Without a village, the officer's only village is filled in.
  const without = await api.post('/role-models?draft=true', { ...model, name: '另一位榜样' }, { token })
  expect(without.status).toBe(201)
  expect(without.body.doc.village.id).toBe(own.id)
})
