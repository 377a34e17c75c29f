import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { reviewedCollections } from '@xiangfeng/content-schema'
import { DEMO_PASSWORD } from '@xiangfeng/cms/seed/data/places'
import { apiClient, startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
let staffToken: string
/** Every private value in the database: phone, ID number, address, consent signer. */
let privateValues: string[]

beforeAll(async () => {
  cms = await startCms({ seeded: true })
  api = await apiClient(cms.config)
  staffToken = await api.login('editor@yunxi.example', DEMO_PASSWORD)
  const models = (
    await cms.payload.find({ collection: 'role-models', limit: 0, pagination: false, draft: true })
  ).docs
  privateValues = models.flatMap(
    (m) =>
      [m.contact?.phone, m.contact?.idNumber, m.contact?.address, m.consent?.scope].filter(
        Boolean,
      ) as string[],
  )
  expect(privateValues.length).toBeGreaterThan(40)
})
afterAll(async () => cms?.close())

const leaks = (body: unknown) => {
  const text = JSON.stringify(body)
  return privateValues.filter((value) => text.includes(value))
}

describe('drafts are not public (先审后发)', () => {
  test.each(reviewedCollections)('anonymous REST lists only published %s', async (collection) => {
    const published = await cms.payload.count({ collection, where: { _status: { equals: 'published' } } })
    const { status, body } = await api.get(`/${collection}?limit=1000&depth=0`)
    expect(status).toBe(200)
    expect(body.totalDocs).toBe(published.totalDocs)
    expect(body.docs.every((d: { _status: string }) => d._status === 'published')).toBe(true)
  })

  test('a draft is invisible to anonymous REST and GraphQL, by list, by ID and with ?draft=true', async () => {
    const draft = (
      await cms.payload.find({
        collection: 'role-models',
        where: { _status: { equals: 'draft' } },
        draft: true,
      })
    ).docs[0]
    expect(draft.name).toBe('何军')

    expect((await api.get(`/role-models/${draft.id}`)).status).toBe(404)
    expect((await api.get(`/role-models/${draft.id}?draft=true`)).status).toBe(404)
    const listed = await api.get(
      `/role-models?draft=true&limit=1000&where[name][equals]=${encodeURIComponent('何军')}`,
    )
    expect(listed.body.docs).toHaveLength(0)
    const versions = await api.get('/role-models/versions')
    expect(versions.status).toBe(403)

    const gql = await api.graphql(`{ RoleModels(limit: 1000, draft: true) { docs { name } } }`)
    expect(gql.body.errors).toBeUndefined()
    const names = gql.body.data.RoleModels.docs.map((d: { name: string }) => d.name)
    // The query works (published profiles come back); the draft is not among them.
    expect(names).toContain('张建民')
    expect(names).not.toContain('何军')
    const byId = await api.graphql(`{ RoleModel(id: ${JSON.stringify(draft.id)}, draft: true) { name } }`)
    // Refused as not found, not as a broken query.
    expect(byId.body.data?.RoleModel ?? null).toBeNull()
    expect(byId.body.errors?.[0]?.extensions).toMatchObject({ name: 'NotFound', statusCode: 404 })

    // Staff do see it: the draft exists, so the checks above mean something.
    expect((await api.get(`/role-models/${draft.id}?draft=true`, { token: staffToken })).body.name).toBe(
      '何军',
    )
  })

  test('a new draft of a published document leaves the published text public', async () => {
    const model = (
      await cms.payload.find({ collection: 'role-models', where: { name: { equals: '张建民' } } })
    ).docs[0]
    await cms.payload.update({
      collection: 'role-models',
      id: model.id,
      data: { summary: '未审核的修改' },
      draft: true,
    })
    const { body } = await api.get(`/role-models/${model.id}`)
    expect(body.summary).toBe(model.summary)
    const gql = await api.graphql(`{ RoleModel(id: ${JSON.stringify(model.id)}, draft: true) { summary } }`)
    expect(gql.body.data.RoleModel.summary).toBe(model.summary)
    const staff = await api.get(`/role-models/${model.id}?draft=true`, { token: staffToken })
    expect(staff.body.summary).toBe('未审核的修改')
  })
})

describe('private fields never reach anonymous readers', () => {
  test.each(reviewedCollections)(
    'no private value in anonymous REST %s, populated two levels deep',
    async (collection) => {
      const { body } = await api.get(`/${collection}?limit=1000&depth=2`)
      expect(body.docs.length).toBeGreaterThan(0)
      expect(leaks(body)).toEqual([])
    },
  )

  test('no contact or consent keys on anonymous role models', async () => {
    const { body } = await api.get('/role-models?limit=1000')
    for (const doc of body.docs) {
      expect(doc).not.toHaveProperty('contact')
      expect(doc).not.toHaveProperty('consent')
    }
  })

  test('anonymous GraphQL gets no private value, even when asking for it', async () => {
    const gql = await api.graphql(`{
      RoleModels(limit: 1000) { docs { name contact { phone idNumber address } consent { signer scope } } }
      LectureSessions(limit: 1000) { docs { title roleModels { name contact { phone idNumber } } } }
    }`)
    expect(leaks(gql.body)).toEqual([])
    expect(gql.body.data.RoleModels.docs.length).toBeGreaterThan(0)
    for (const doc of gql.body.data.RoleModels.docs) {
      expect(Object.values(doc.contact ?? {}).every((v) => v === null)).toBe(true)
      expect(Object.values(doc.consent ?? {}).every((v) => v === null)).toBe(true)
    }
  })

  test('staff do read private fields (the field exists and is filled)', async () => {
    const { body } = await api.get('/role-models?limit=1000&depth=0', { token: staffToken })
    expect(leaks(body).length).toBeGreaterThan(0)
  })

  test('anonymous users cannot list users or write content', async () => {
    expect((await api.get('/users')).status).toBe(403)
    const created = await api.post('/role-models', {
      name: '冒名',
      subjectType: 'person',
      category: 'good-neighbour',
      summary: 'x',
    })
    expect(created.status).toBe(403)
  })
})
