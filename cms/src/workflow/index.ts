import type { CollectionConfig } from 'payload'

import { reviewEndpoint } from './endpoint'
import { reviewFields } from './fields'
import { guardReview } from './guard'
import type { ReviewedCollection } from './transition'

/** Put a content collection under three-level review: state, history, actions and the publish guard. */
export const withReview = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  endpoints: [...(collection.endpoints || []), reviewEndpoint(collection.slug as ReviewedCollection)],
  hooks: { ...collection.hooks, beforeChange: [guardReview, ...(collection.hooks?.beforeChange ?? [])] },
  fields: [...collection.fields, ...reviewFields],
  admin: {
    ...collection.admin,
    defaultColumns: [
      ...(collection.admin?.defaultColumns ?? []).filter((c) => c !== '_status'),
      'reviewState',
    ],
  },
})
