/**
 * Who may do what, cell by cell: every role × every reviewed collection × read / create / update /
 * delete / submit / review (复审) / approve (终审, publishes), in the role's own village and in
 * another village, over REST and over the Local API with `overrideAccess: false`.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { type ReviewedCollection, reviewedCollections } from '../../cms/src/workflow/collections'
import { transition } from '../../cms/src/workflow/transition'
import { docInState, validDoc } from '../helpers/fixtures'
import { apiClient, makeUser, startCms, type TestCms } from '../helpers/payload'
import {
  allowed,
  type Operation,
  operations,
  type Role,
  roles,
  type Scope,
  scopes,
} from '../helpers/accessRules'

const apis = ['REST', 'Local API'] as const

const stateFor: Record<Operation, 'draft' | 'submitted' | 'reviewed'> = {
  read: 'draft',
  create: 'draft',
  update: 'draft',
  delete: 'draft',
  submit: 'draft',
  review: 'submitted',
  approve: 'reviewed',
}

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
const users: Partial<
  Record<Role, { id: string | number; collection: 'users'; token: string } & Record<string, unknown>>
> = {}
const village: Record<Scope, string | number> = { 'own village': 0, 'other village': 0 }
let seriesId: string | number
let others: { author: string | number; reviewer: string | number }
let counter = 0

beforeAll(async () => {
  cms = await startCms()
  api = await apiClient(cms.config)
  const township = await cms.payload.create({ collection: 'townships', data: { name: '云溪镇' } })
  village['own village'] = (
    await cms.payload.create({ collection: 'villages', data: { name: '清溪村', township: township.id } })
  ).id
  village['other village'] = (
    await cms.payload.create({ collection: 'villages', data: { name: '桃园村', township: township.id } })
  ).id
  for (const role of roles.filter((r) => r !== 'anonymous')) {
    const email = `${role}@matrix.example`
    const user = await makeUser(cms.payload, email, [role])
    if (role === 'village-officer') {
      await cms.payload.update({
        collection: 'users',
        id: user.id,
        data: { villages: [village['own village']] } as never,
      })
    }
    const fresh = await cms.payload.findByID({ collection: 'users', id: user.id, depth: 0 })
    users[role] = { ...fresh, collection: 'users', token: await api.login(email, 'test-password-1') } as never
  }
  others = {
    author: (await makeUser(cms.payload, 'author@matrix.example', ['township-editor'])).id,
    reviewer: (await makeUser(cms.payload, 'reviewer2@matrix.example', ['township-reviewer'])).id,
  }
  seriesId = (
    await cms.payload.create({
      collection: 'lecture-series',
      data: { name: '矩阵讲堂', kind: 'law', organiser: '司法所' } as never,
      draft: true,
      context: { seeding: true },
    })
  ).id
})
afterAll(async () => cms?.close())

/** Try the operation; true when it was carried out. */
async function attempt(
  api_: (typeof apis)[number],
  role: Role,
  collection: ReviewedCollection,
  operation: Operation,
  scope: Scope,
) {
  const n = ++counter
  const data = validDoc(collection, village[scope], seriesId, n)
  const user = users[role]
  const token = user?.token
  const titleField = cms.payload.collections[collection].config.admin.useAsTitle as string
  const target =
    operation === 'create'
      ? undefined
      : await docInState(cms.payload, collection, data, stateFor[operation], others)

  if (api_ === 'REST') {
    switch (operation) {
      case 'read':
        return (await api.get(`/${collection}/${target!.id}?draft=true&depth=0`, { token })).status === 200
      case 'create':
        return (await api.post(`/${collection}?draft=true`, data, { token })).status === 201
      case 'update':
        return (
          (await api.patch(`/${collection}/${target!.id}?draft=true`, { [titleField]: `改${n}` }, { token }))
            .status === 200
        )
      case 'delete':
        return (await api.delete(`/${collection}/${target!.id}`, { token })).status === 200
      default: {
        const response = await api.post(
          `/${collection}/${target!.id}/review`,
          { action: operation },
          { token },
        )
        return response.status === 200
      }
    }
  }
  const as = { user: user as never, overrideAccess: false as const }
  try {
    switch (operation) {
      case 'read':
        return Boolean(
          await cms.payload.findByID({
            collection,
            id: target!.id,
            draft: true,
            depth: 0,
            disableErrors: true,
            ...as,
          }),
        )
      case 'create':
        await cms.payload.create({ collection, data: data as never, draft: true, ...as })
        return true
      case 'update':
        await cms.payload.update({
          collection,
          id: target!.id,
          data: { [titleField]: `改${n}` } as never,
          draft: true,
          ...as,
        })
        return true
      case 'delete':
        await cms.payload.delete({ collection, id: target!.id, ...as })
        return true
      default:
        await transition(cms.payload, {
          collection,
          id: target!.id,
          action: operation,
          user: (user ?? null) as never,
        })
        return true
    }
  } catch {
    return false
  }
}

const cells = apis.flatMap((api_) =>
  roles.flatMap((role) =>
    reviewedCollections.flatMap((collection) =>
      operations.flatMap((operation) =>
        scopes.map((scope) => ({ api: api_, role, collection, operation, scope })),
      ),
    ),
  ),
)

describe(`access matrix (${cells.length} cells)`, () => {
  test.each(cells)(
    '$api · $role · $collection · $operation · $scope',
    async ({ api: api_, role, collection, operation, scope }) => {
      expect(await attempt(api_, role, collection, operation, scope)).toBe(allowed(role, operation, scope))
    },
  )
})
