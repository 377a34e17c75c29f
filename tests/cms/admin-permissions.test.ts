/**
 * The permissions the admin reads to decide which buttons to show (GET /api/access): a village
 * information officer may create content (in their own villages, checked when the document comes).
 */
import { afterAll, beforeAll, expect, test } from 'vitest'

import { DEMO_PASSWORD } from '@xiangfeng/cms/seed/data/places'
import { reviewedCollections } from '@xiangfeng/content-schema'
import { apiClient, startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>

beforeAll(async () => {
  cms = await startCms({ seeded: true })
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

const reviewStatus = async (collection: string, id: string | number, email: string) =>
  api.get(`/${collection}/${id}/review`, { token: await api.login(email, DEMO_PASSWORD) })

test('the review buttons are offered only to who may press them', async () => {
  const submitted = (
    await cms.payload.find({ collection: 'role-models', where: { name: { equals: '何军' } }, draft: true })
  ).docs[0]!
  const actions = async (email: string) =>
    (await reviewStatus('role-models', submitted.id, email)).body.actions.map(
      (a: { action: string }) => a.action,
    )
  expect(await actions('reviewer@yunxi.example')).toEqual(['review', 'return'])
  expect(await actions('leader@yunxi.example')).toEqual(['return'])
  expect(await actions('editor@yunxi.example')).toEqual([])
  const anonymous = await api.get(`/role-models/${submitted.id}/review`)
  expect(anonymous.status).toBe(401)
  // 桃源村's content is not qingxi@'s: not even its state.
  expect((await reviewStatus('role-models', submitted.id, 'qingxi@yunxi.example')).status).toBe(404)
})

test('a saved draft lists what keeps it from publication, each field by its Chinese label', async () => {
  const token = await api.login('qingxi@yunxi.example', DEMO_PASSWORD)
  const created = await api.post(
    '/role-models?draft=true',
    { name: '缺简介的榜样', subjectType: 'person', category: 'good-neighbour' },
    { token },
  )
  expect(created.status).toBe(201)
  const status = await reviewStatus('role-models', created.body.doc.id, 'qingxi@yunxi.example')
  expect(status.body.state).toBe('draft')
  expect(status.body.actions.map((a: { action: string }) => a.action)).toEqual(['submit'])
  expect(status.body.problems.map((p: { message: string }) => p.message)).toEqual(['“事迹简介”必须填写。'])
  // Fixed and saved again: nothing left to fix.
  await api.patch(
    `/role-models/${created.body.doc.id}?draft=true`,
    { summary: '邻里有事他总第一个到。' },
    { token },
  )
  const fixed = await reviewStatus('role-models', created.body.doc.id, 'qingxi@yunxi.example')
  expect(fixed.body.problems).toEqual([])
})
