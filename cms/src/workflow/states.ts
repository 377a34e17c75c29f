// The subpath alone: the admin's client bundle needs no zod.
import { labelOf } from '@xiangfeng/content-schema/vocabularies'

/** Review states and actions (先审后发, 三审): 初审 by the submitter's unit, 复审 by the township, 终审 by a leader. */
export const reviewStates = [
  { value: 'draft', label: '草稿' },
  { value: 'submitted', label: '待复审（初审已通过）' },
  { value: 'reviewed', label: '待终审（复审已通过）' },
  { value: 'scheduled', label: '终审通过，定时发布' },
  { value: 'published', label: '已发布' },
  { value: 'returned', label: '已退回修改' },
] as const

export const reviewActions = [
  { value: 'submit', label: '提交审核（初审通过）' },
  { value: 'review', label: '复审通过' },
  { value: 'approve', label: '终审通过' },
  { value: 'return', label: '退回修改' },
  { value: 'publish', label: '定时发布' },
] as const

export type ReviewState = (typeof reviewStates)[number]['value']
export type ReviewAction = (typeof reviewActions)[number]['value']

export const stateLabel = (state: string) => labelOf(reviewStates, state)
export const actionLabel = (action: string) => labelOf(reviewActions, action)
