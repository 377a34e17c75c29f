import { type ReviewedCollection, reviewedCollections } from '@xiangfeng/content-schema'
import type { Payload, Where } from 'payload'

import { hasRole, isTownshipEditor, type StaffUser, townshipsOf } from '../access/roles'
import type { ReviewState } from './states'

/** The review states a user is expected to act on. */
export function statesWaitingFor(user: StaffUser): ReviewState[] {
  const states = new Set<ReviewState>()
  if (hasRole(user, 'township-reviewer')) states.add('submitted')
  if (hasRole(user, 'leader')) states.add('reviewed')
  if (isTownshipEditor(user) || hasRole(user, 'village-officer')) states.add('returned')
  return [...states]
}

export type QueueItem = {
  collection: ReviewedCollection | 'villages' | 'site-settings'
  id: string | number
  title: string
  reviewState: string
  updatedAt: string
  /** Where the admin opens it. */
  href: string
}

/** What waits for this user, across every reviewed collection, oldest first; only what they may read. */
export async function reviewQueue(payload: Payload, user: StaffUser): Promise<QueueItem[]> {
  const states = statesWaitingFor(user)
  if (!states.length) return []
  const items: QueueItem[] = []
  for (const collection of reviewedCollections) {
    const titleField = payload.collections[collection].config.admin.useAsTitle ?? 'id'
    const { docs } = await payload.find({
      collection,
      where: { reviewState: { in: states } },
      draft: true,
      depth: 0,
      limit: 100,
      sort: 'updatedAt',
      user: user as never,
      overrideAccess: false,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      items.push({
        collection,
        id: doc.id as string | number,
        title: String(doc[titleField] ?? doc.id),
        reviewState: String(doc.reviewState),
        updatedAt: String(doc.updatedAt),
        href: `/admin/collections/${collection}/${doc.id}`,
      })
    }
  }
  if (hasRole(user, 'leader')) items.push(...(await changesAwaitingApproval(payload, user)))
  return items.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
}

/**
 * For leaders: villages (of their own townships) and 网站设置 whose newest version is a draft
 * (collections/approval.ts).
 */
async function changesAwaitingApproval(payload: Payload, user: StaffUser): Promise<QueueItem[]> {
  const pending: Where = { and: [{ latest: { equals: true } }, { 'version._status': { equals: 'draft' } }] }
  const villages = await payload.findVersions({
    collection: 'villages',
    where: hasRole(user, 'admin')
      ? pending
      : { and: [pending, { 'version.township': { in: townshipsOf(user) } }] },
    depth: 0,
    limit: 100,
  })
  const settings = await payload.findGlobalVersions({
    slug: 'site-settings',
    where: pending,
    depth: 0,
    limit: 1,
  })
  return [
    ...villages.docs.map((v) => ({
      collection: 'villages' as const,
      id: String(v.parent),
      title: `${v.version.name}（村名、简介的修改）`,
      reviewState: 'awaiting-approval',
      updatedAt: String(v.updatedAt),
      href: `/admin/collections/villages/${v.parent}`,
    })),
    ...settings.docs.map((s) => ({
      collection: 'site-settings' as const,
      id: 'site-settings',
      title: '网站设置的修改',
      reviewState: 'awaiting-approval',
      updatedAt: String(s.updatedAt),
      href: '/admin/globals/site-settings',
    })),
  ]
}
