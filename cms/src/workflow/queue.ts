import type { Payload } from 'payload'

import { hasRole, isTownshipEditor, type StaffUser } from '../access/roles'
import type { ReviewState } from './states'
import { type ReviewedCollection, reviewedCollections } from './collections'

/** The review states a user is expected to act on. */
export function statesWaitingFor(user: StaffUser): ReviewState[] {
  const states = new Set<ReviewState>()
  if (hasRole(user, 'township-reviewer')) states.add('submitted')
  if (hasRole(user, 'leader')) states.add('reviewed')
  if (isTownshipEditor(user) || hasRole(user, 'village-officer')) states.add('returned')
  return [...states]
}

export type QueueItem = {
  collection: ReviewedCollection
  id: string | number
  title: string
  reviewState: string
  updatedAt: string
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
      })
    }
  }
  return items.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
}
