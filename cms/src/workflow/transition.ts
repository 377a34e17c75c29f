import type { ReviewedCollection } from '@xiangfeng/content-schema'
import { type CollectionSlug, type Payload, type PayloadRequest, ValidationError } from 'payload'

import type { StaffUser } from '../access/roles'
import { checkPublishable } from '../collections/contractCheck'
import { chinaDateTime } from '../fields/dates'
import { type Id, idOf } from '../ids'
import { describeHit, findFlaggedWords } from './flaggedWords'
import { notifyNextActor } from './notify'
import { type HistoryEntry, ReviewError, type ReviewedDoc, rules, targetState, whyNot } from './rules'
import type { ReviewAction, ReviewState } from './states'

const actionVerb = { submit: '提交审核', approve: '终审' }

/** The document's review history with one more entry (relationship values stored as ids). */
const withEntry = (history: ReviewedDoc['reviewHistory'], entry: HistoryEntry) => [
  ...(history ?? []).map((e) => ({ ...e, by: idOf(e.by) })),
  entry,
]

export type TransitionArgs = {
  collection: ReviewedCollection
  id: Id
  action: ReviewAction
  reason?: string
  user: StaffUser | null
  now?: Date
  req?: Partial<PayloadRequest>
}

/**
 * The latest version of a document, read with `user`'s own access: null when it does not exist
 * or they may not read it (another village's officer), never an error.
 */
export const latestDraftAs = (payload: Payload, user: StaffUser, collection: CollectionSlug, id: Id) =>
  payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    user: user as never,
    overrideAccess: false,
    disableErrors: true,
  })

/**
 * Take one review action on a document, as `user`. The document is read with the user's own
 * access, so nobody acts on a village's content they cannot see; every action is recorded.
 */
export async function transition(payload: Payload, args: TransitionArgs) {
  const { collection, id, action, user, now = new Date() } = args
  if (!user) throw new ReviewError('请先登录。', 401)
  const reason = args.reason?.trim() || undefined
  // Own keys only: an action called __proto__ or toString is unknown, not a lookup into Object.
  const rule = action !== 'publish' && Object.hasOwn(rules, action) ? rules[action] : undefined
  if (!rule) throw new ReviewError(`未知的审核操作“${String(action).slice(0, 40)}”。`)

  const doc = (await latestDraftAs(payload, user, collection, id)) as ReviewedDoc | null
  if (!doc) throw new ReviewError('找不到这条内容，或您无权查看。', 404)

  const refusal = whyNot(user, doc, action, rule)
  if (refusal) throw refusal
  if (rule.needsReason && !reason) throw new ReviewError('退回时必须填写理由，告诉编辑要改什么。')

  // Nothing that passes 提交审核 or 终审 can fail the public contract at export.
  if (action === 'submit' || action === 'approve') {
    const problems = await checkPublishable(payload, collection, doc)
    if (problems.length) {
      throw new ValidationError({
        collection,
        errors: problems.map((p) => ({
          path: p.path,
          message: `${p.message}请修改后再${actionVerb[action]}。`,
        })),
      })
    }
  }
  const flaggedWordsCheck =
    action === 'submit' ? await checkFlaggedWords(payload, collection, doc, now) : undefined

  const state = (doc.reviewState ?? 'draft') as ReviewState
  const scheduled = Boolean(action === 'approve' && doc.publishAt && new Date(doc.publishAt) > now)
  const to = targetState(action, scheduled)

  const entry: HistoryEntry = { action, from: state, to, by: user.id, at: now.toISOString(), reason }
  const updated = await payload.update({
    collection,
    id,
    data: {
      reviewState: to,
      reviewHistory: withEntry(doc.reviewHistory, entry),
      ...(flaggedWordsCheck ? { flaggedWordsCheck } : {}),
      ...(to === 'published' ? { _status: 'published' } : {}),
    } as never,
    draft: to !== 'published',
    depth: 0,
    overrideAccess: true,
    context: { reviewAction: action },
  })

  notifyNextActor(payload, { collection, doc: updated as never, action, reason, by: user })
  if (scheduled) {
    await payload.jobs.queue({
      task: 'publishApproved',
      input: { collection, id: String(id) },
      waitUntil: new Date(doc.publishAt!),
    })
  }
  return updated
}

/** 提交审核 checks the flagged-words list (错敏词表): refused with each hit named, or the check recorded. */
async function checkFlaggedWords(
  payload: Payload,
  collection: ReviewedCollection,
  doc: ReviewedDoc,
  now: Date,
) {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  const fields = payload.collections[collection].config.fields
  const hits = findFlaggedWords(fields, doc, settings.flaggedWords ?? [])
  if (hits.length) {
    throw new ValidationError({
      collection,
      errors: hits.map((hit) => ({ path: 'flaggedWords', message: `${describeHit(hit)}。请修改后再提交。` })),
    })
  }
  return `${chinaDateTime(now.toISOString())} 提交时检查：未发现错敏词（词表共${settings.flaggedWords?.length ?? 0}个）。`
}

/** The scheduled-publish job: publish if the document is still approved and nothing was edited since. */
export async function publishApproved(
  payload: Payload,
  collection: ReviewedCollection,
  id: Id,
  now = new Date(),
) {
  const doc = (await payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as ReviewedDoc | null
  if (!doc || doc.reviewState !== 'scheduled') return { published: false }
  const entry: HistoryEntry = {
    action: 'publish',
    from: 'scheduled',
    to: 'published',
    by: null,
    at: now.toISOString(),
    reason: '到达定时发布时间',
  }
  await payload.update({
    collection,
    id,
    data: {
      reviewState: 'published',
      reviewHistory: withEntry(doc.reviewHistory, entry),
      _status: 'published',
    } as never,
    depth: 0,
    overrideAccess: true,
    context: { reviewAction: 'publish' },
  })
  return { published: true }
}
