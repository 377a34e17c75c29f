/**
 * Townships as tenants of one county install: township staff act in the townships listed on
 * them, a person may work in two, and no save moves a document to another township. The access
 * matrix (access-matrix.test.ts) holds every role × collection × operation in another township;
 * this holds what it does not: forged bodies, moves, lists, private fields, the townships' own pages.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { reviewQueue } from '@xiangfeng/cms/workflow/queue'
import { apiClient, makeUser, startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
const township = { yunxi: 0 as string | number, shimen: 0 as string | number }
const village = { qingxi: 0 as string | number, shimen: 0 as string | number }
const token = { yunxi: '', both: '' }
let n = 0

const roleModel = (villageId: string | number | null, extra: Record<string, unknown> = {}) => ({
  name: `租户测试${++n}`,
  subjectType: 'person',
  category: 'good-neighbour',
  summary: '热心助人。',
  village: villageId,
  ...extra,
})

beforeAll(async () => {
  cms = await startCms()
  api = await apiClient(cms.config)
  township.yunxi = (await cms.payload.create({ collection: 'townships', data: { name: '云溪镇' } })).id
  township.shimen = (await cms.payload.create({ collection: 'townships', data: { name: '石门镇' } })).id
  village.qingxi = (
    await cms.payload.create({ collection: 'villages', data: { name: '清溪村', township: township.yunxi } })
  ).id
  village.shimen = (
    await cms.payload.create({ collection: 'villages', data: { name: '石门村', township: township.shimen } })
  ).id
  await makeUser(cms.payload, 'yunxi@tenancy.example', ['township-editor'], { townships: [township.yunxi] })
  await makeUser(cms.payload, 'both@tenancy.example', ['township-editor'], {
    townships: [township.yunxi, township.shimen],
  })
  token.yunxi = await api.login('yunxi@tenancy.example', 'test-password-1')
  token.both = await api.login('both@tenancy.example', 'test-password-1')
})
afterAll(async () => cms?.close())

describe('a township editor creates in their own township only', () => {
  test('a forged township id in the body, without a village: 403, nothing stored', async () => {
    const before = await cms.payload.count({ collection: 'role-models' })
    const forged = await api.post('/role-models?draft=true', roleModel(null, { township: township.shimen }), {
      token: token.yunxi,
    })
    expect(forged.status).toBe(403)
    expect(await cms.payload.count({ collection: 'role-models' })).toEqual(before)
  })

  test('another township’s village: 403', async () => {
    const forged = await api.post('/role-models?draft=true', roleModel(village.shimen), {
      token: token.yunxi,
    })
    expect(forged.status).toBe(403)
  })

  test('a forged township beside an own village is overridden by the village’s township', async () => {
    const made = await api.post(
      '/role-models?draft=true',
      roleModel(village.qingxi, { township: township.shimen }),
      { token: token.yunxi },
    )
    expect(made.status).toBe(201)
    expect(made.body.doc.township).toMatchObject({ id: township.yunxi })
  })

  test('township-wide content takes the editor’s only township', async () => {
    const made = await api.post('/role-models?draft=true', roleModel(null), { token: token.yunxi })
    expect(made.status).toBe(201)
    expect(made.body.doc.township).toMatchObject({ id: township.yunxi })
  })

  test('a person working in two townships creates in both', async () => {
    for (const v of [village.qingxi, village.shimen])
      expect((await api.post('/role-models?draft=true', roleModel(v), { token: token.both })).status).toBe(
        201,
      )
  })
})

describe('no save moves a document to another township', () => {
  test('choosing another township’s village, even for someone who works in both: refused in Chinese', async () => {
    const made = await api.post('/role-models?draft=true', roleModel(village.qingxi), { token: token.both })
    const moved = await api.patch(
      `/role-models/${made.body.doc.id}?draft=true`,
      { village: village.shimen },
      { token: token.both },
    )
    expect(moved.status).toBe(400)
    expect(JSON.stringify(moved.body)).toContain('内容不能移到其他镇')
    const stored = await cms.payload.findByID({
      collection: 'role-models',
      id: made.body.doc.id,
      draft: true,
    })
    expect(stored.township).toMatchObject({ id: township.yunxi })
  })

  test('naming another township on township-wide content: refused', async () => {
    const made = await api.post('/role-models?draft=true', roleModel(null, { township: township.yunxi }), {
      token: token.both,
    })
    expect(made.status).toBe(201)
    const moved = await api.patch(
      `/role-models/${made.body.doc.id}?draft=true`,
      { township: township.shimen },
      { token: token.both },
    )
    expect(moved.status).toBe(400)
    expect(JSON.stringify(moved.body)).toContain('内容不能移到其他镇')
  })
})

describe('what a township editor sees of another township', () => {
  test('the draft list holds their own township’s documents only', async () => {
    await cms.payload.create({
      collection: 'role-models',
      data: roleModel(village.shimen) as never,
      draft: true,
    })
    const list = await api.get('/role-models?draft=true&limit=100&depth=0', { token: token.yunxi })
    expect(list.status).toBe(200)
    expect(list.body.docs.length).toBeGreaterThan(0)
    expect(new Set(list.body.docs.map((d: { township: unknown }) => String(d.township)))).toEqual(
      new Set([String(township.yunxi)]),
    )
  })

  test('another township’s published profile, without its private fields', async () => {
    const published = await cms.payload.create({
      collection: 'role-models',
      data: {
        ...roleModel(village.shimen),
        contact: { phone: '13912345678' },
        _status: 'published',
        reviewState: 'published',
      } as never,
      context: { seeding: true },
    })
    const own = await api.get(`/role-models/${published.id}?depth=0`, { token: token.both })
    expect(own.body.contact?.phone).toBe('13912345678')
    const other = await api.get(`/role-models/${published.id}?depth=0`, { token: token.yunxi })
    expect(other.status).toBe(200)
    expect(other.body.contact?.phone).toBeUndefined()
  })

  test('another township’s name and villages are not theirs to change', async () => {
    expect(
      (await api.patch(`/townships/${township.shimen}`, { intro: '改别人的镇' }, { token: token.yunxi }))
        .status,
    ).toBe(403)
    expect(
      (
        await api.patch(
          `/villages/${village.shimen}?draft=true`,
          { intro: '改别人的村' },
          { token: token.yunxi },
        )
      ).status,
    ).toBe(403)
    expect(
      (await api.patch(`/townships/${township.yunxi}`, { intro: '本镇简介' }, { token: token.yunxi })).status,
    ).toBe(200)
  })
})

test('a leader’s queue holds their own townships’ village changes, not another township’s', async () => {
  const edited = await api.patch(
    `/villages/${village.shimen}?draft=true`,
    { intro: '石门村的新简介' },
    { token: token.both },
  )
  expect(edited.status).toBe(200)
  const leaderOf = async (email: string, townships: (string | number)[]) => ({
    ...(await makeUser(cms.payload, email, ['leader'], { townships })),
    townships,
  })
  const titles = async (user: Awaited<ReturnType<typeof leaderOf>>) =>
    (await reviewQueue(cms.payload, user as never)).map((item) => item.title)
  expect(await titles(await leaderOf('leader-yunxi@tenancy.example', [township.yunxi]))).not.toContain(
    '石门村（村名、简介的修改）',
  )
  expect(await titles(await leaderOf('leader-shimen@tenancy.example', [township.shimen]))).toContain(
    '石门村（村名、简介的修改）',
  )
})
