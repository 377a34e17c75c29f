import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { writeContext } from '../context'

/**
 * Nothing is published except by the final review step (终审), and an edit never carries a
 * review state: any change of content sends the document back to draft, and its review
 * history stays as the review actions wrote it.
 */
export const guardReview: CollectionBeforeChangeHook = ({ data, originalDoc, operation, context }) => {
  const { reviewAction, seeding } = writeContext(context)
  if (reviewAction) return data
  if (seeding) {
    data.reviewState ??= data._status === 'published' ? 'published' : 'draft'
    return data
  }
  const becomesPublished =
    data._status === 'published' ||
    (operation === 'update' && !data._status && originalDoc?._status === 'published')
  if (becomesPublished) {
    throw new APIError(
      '只有终审通过后才能发布：请保存为草稿，再提交审核。(Only the final review step publishes.)',
      403,
    )
  }
  data.reviewState = 'draft'
  data.reviewHistory = originalDoc?.reviewHistory ?? []
  data.flaggedWordsCheck = originalDoc?.flaggedWordsCheck ?? null
  return data
}
