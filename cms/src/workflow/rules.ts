/**
 * The rules of 三审 (who may take which review action from which state), pure: the transition
 * applies them to a stored document, the admin asks them which buttons to show.
 */
import { APIError } from 'payload'

import { hasRole, isTownshipEditor, type StaffUser, worksInTownship, worksInVillage } from '../access/roles'
import { type Id, idOf } from '../ids'
import { actionLabel, type ReviewAction, type ReviewState, stateLabel } from './states'

export type HistoryEntry = {
  action: ReviewAction
  from: string
  to: string
  by?: Id | null
  at: string
  reason?: string | null
}
export type ReviewedDoc = {
  id: Id
  village?: unknown
  township?: unknown
  reviewState?: ReviewState | null
  reviewHistory?: (HistoryEntry & { by?: Id | { id: Id } | null })[] | null
  publishAt?: string | null
} & Record<string, unknown>

type Rule = {
  from: ReviewState[]
  /** Who may take the action on this document. */
  may: (user: StaffUser, doc: ReviewedDoc, state: ReviewState) => boolean
  needsReason?: boolean
}

export const rules: Record<Exclude<ReviewAction, 'publish'>, Rule> = {
  submit: {
    from: ['draft', 'returned'],
    may: (user, doc) =>
      isTownshipEditor(user) || (hasRole(user, 'village-officer') && worksInVillage(user, doc.village)),
  },
  review: { from: ['submitted'], may: (user) => hasRole(user, 'township-reviewer') },
  approve: { from: ['reviewed'], may: (user) => hasRole(user, 'leader') },
  return: {
    from: ['submitted', 'reviewed', 'scheduled'],
    may: (user, _doc, state) =>
      state === 'submitted' ? hasRole(user, 'township-reviewer', 'leader') : hasRole(user, 'leader'),
    needsReason: true,
  },
}

export class ReviewError extends APIError {
  constructor(message: string, status = 400) {
    super(message, status, undefined, true)
  }
}

/** Who took each step since the document was last submitted: the three levels need three people. */
export function actorsOfCurrentRound(history: ReviewedDoc['reviewHistory']) {
  const entries = history ?? []
  const lastSubmit = entries.map((e) => e.action).lastIndexOf('submit')
  const round = lastSubmit < 0 ? [] : entries.slice(lastSubmit)
  return round.map((e) => String(idOf(e.by)))
}

/** Why `user` may not take `action` on `doc` now, or nothing when they may. */
export function whyNot(
  user: StaffUser,
  doc: ReviewedDoc,
  action: ReviewAction,
  rule: Rule,
): ReviewError | undefined {
  const state = (doc.reviewState ?? 'draft') as ReviewState
  if (!rule.from.includes(state)) {
    return new ReviewError(`当前状态是“${stateLabel(state)}”，不能“${actionLabel(action)}”。`, 409)
  }
  // Staff act in their own townships only; a village officer in their own villages.
  const inScope =
    worksInTownship(user, doc.township) ||
    (hasRole(user, 'village-officer') && worksInVillage(user, doc.village))
  if (!inScope || !rule.may(user, doc, state)) {
    return new ReviewError(`您的角色不能对这条内容“${actionLabel(action)}”。`, 403)
  }
  const actors = actorsOfCurrentRound(doc.reviewHistory)
  if ((action === 'review' || action === 'approve') && actors.includes(String(user.id))) {
    return new ReviewError('初审、复审、终审须由三位不同的人完成：您已参与本轮审核。', 403)
  }
}

/** The review actions `user` may take on `doc` as it stands: the buttons the admin offers them. */
export const actionsFor = (user: StaffUser, doc: ReviewedDoc) =>
  (Object.keys(rules) as (keyof typeof rules)[]).filter((action) => !whyNot(user, doc, action, rules[action]))

/** Where an action takes a document; 终审 of a document with a future 定时发布时间 schedules it. */
export function targetState(action: ReviewAction, scheduled: boolean): ReviewState {
  if (action === 'submit') return 'submitted'
  if (action === 'review') return 'reviewed'
  if (action === 'return') return 'returned'
  return scheduled ? 'scheduled' : 'published'
}
