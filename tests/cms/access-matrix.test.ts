/**
 * Who may do what, cell by cell: every role × every reviewed collection × read / create / update /
 * delete a draft / delete a published document / submit / review (复审) / return (退回) / approve
 * (终审, publishes), in the role's own village, in another village of its township and in a village of
 * another township (township staff belong to one: 云溪镇), over REST and over the
 * Local API with `overrideAccess: false`. A denial must be a denial (401/403/404), not any failure.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { type ReviewedCollection, reviewedCollections } from '@xiangfeng/content-schema'
import { transition } from '@xiangfeng/cms/workflow/transition'
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

const stateFor: Record<Operation, 'draft' | 'submitted' | 'reviewed' | 'published'> = {
  read: 'draft',
  create: 'draft',
  update: 'draft',
  delete: 'draft',
  'delete published': 'published',
  submit: 'draft',
  review: 'submitted',
  return: 'submitted',
  approve: 'reviewed',
}

type Outcome = 'allowed' | 'denied' | `failed otherwise: ${string}`

/** A denial is 401, 403 or 404, over REST or as the Local API's Forbidden/NotFound/ReviewError status. */
const DENIED = [401, 403, 404]
const restOutcome = ({ status, body }: { status: number; body: unknown }): Outcome =>
  status >= 200 && status < 300
    ? 'allowed'
    : DENIED.includes(status)
      ? 'denied'
      : `failed otherwise: ${status} ${JSON.stringify(body).slice(0, 200)}`

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
const users: Partial<
  Record<Role, { id: string | number; collection: 'users'; token: string } & Record<string, unknown>>
> = {}
const village: Record<Scope, string | number> = { 'own village': 0, 'other village': 0, 'other township': 0 }
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
  const otherTownship = await cms.payload.create({ collection: 'townships', data: { name: '石门镇' } })
  village['other township'] = (
    await cms.payload.create({ collection: 'villages', data: { name: '石门村', township: otherTownship.id } })
  ).id
  for (const role of roles.filter((r) => r !== 'anonymous')) {
    const email = `${role}@matrix.example`
    const user = await makeUser(cms.payload, email, [role], { townships: [township.id] })
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
  // The earlier steps' actors work in both townships.
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

/** A document of `collection` in `state`, made past access control. */
async function target(collection: ReviewedCollection, data: Record<string, unknown>, state: Operation) {
  if (stateFor[state] !== 'published')
    return docInState(cms.payload, collection, data, stateFor[state], others)
  return cms.payload.create({
    collection,
    data: { ...data, _status: 'published', reviewState: 'published' } as never,
    depth: 0,
    context: { seeding: true },
  })
}

/** Try the operation: carried out, denied (401/403/404), or failed some other way (never expected). */
async function attempt(
  api_: (typeof apis)[number],
  role: Role,
  collection: ReviewedCollection,
  operation: Operation,
  scope: Scope,
): Promise<Outcome> {
  const n = ++counter
  const data = validDoc(collection, village[scope], seriesId, n)
  const user = users[role]
  const token = user?.token
  const titleField = cms.payload.collections[collection].config.admin.useAsTitle as string
  const doc = operation === 'create' ? undefined : await target(collection, data, operation)
  const reason = operation === 'return' ? '请补充事迹。' : undefined

  if (api_ === 'REST') {
    switch (operation) {
      case 'read':
        return restOutcome(await api.get(`/${collection}/${doc!.id}?draft=true&depth=0`, { token }))
      case 'create':
        return restOutcome(await api.post(`/${collection}?draft=true`, data, { token }))
      case 'update':
        return restOutcome(
          await api.patch(`/${collection}/${doc!.id}?draft=true`, { [titleField]: `改${n}` }, { token }),
        )
      case 'delete':
      case 'delete published':
        return restOutcome(await api.delete(`/${collection}/${doc!.id}`, { token }))
      default:
        return restOutcome(
          await api.post(`/${collection}/${doc!.id}/review`, { action: operation, reason }, { token }),
        )
    }
  }
  const as = { user: user as never, overrideAccess: false as const }
  try {
    switch (operation) {
      case 'read': {
        const found = await cms.payload.findByID({
          collection,
          id: doc!.id,
          draft: true,
          depth: 0,
          disableErrors: true,
          ...as,
        })
        return found ? 'allowed' : 'denied'
      }
      case 'create':
        await cms.payload.create({ collection, data: data as never, draft: true, ...as })
        return 'allowed'
      case 'update':
        await cms.payload.update({
          collection,
          id: doc!.id,
          data: { [titleField]: `改${n}` } as never,
          draft: true,
          ...as,
        })
        return 'allowed'
      case 'delete':
      case 'delete published':
        await cms.payload.delete({ collection, id: doc!.id, ...as })
        return 'allowed'
      default:
        await transition(cms.payload, {
          collection,
          id: doc!.id,
          action: operation,
          reason,
          user: (user ?? null) as never,
        })
        return 'allowed'
    }
  } catch (error) {
    const status = (error as { status?: number }).status
    return status !== undefined && DENIED.includes(status)
      ? 'denied'
      : `failed otherwise: ${(error as Error).name} ${status} ${(error as Error).message.slice(0, 200)}`
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
      expect(await attempt(api_, role, collection, operation, scope)).toBe(
        allowed(role, operation, scope) ? 'allowed' : 'denied',
      )
    },
  )
})
