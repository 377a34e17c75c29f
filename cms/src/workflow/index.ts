import { isPreviewed, type ReviewedCollection } from '@xiangfeng/content-schema'
import type { CollectionConfig } from 'payload'

import { reviewedContentAccess } from '../access'
import { publishedAtField, stampPublishedAt } from '../fields/publishedAt'
import { noteLiveBeforeChange, rebuildAfterChange, rebuildAfterDelete } from '../publish/requests'
import { reviewEndpoint, reviewStatusEndpoint } from './endpoint'
import { reviewFields } from './fields'
import { guardReview } from './guard'

/**
 * A public content collection: drafts and versions, village tenancy, slugs unique per village,
 * a publication date, three-level review with its actions, history and publish guard, and a
 * portal rebuild whenever what is public changes.
 */
export const reviewedContent = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  access: reviewedContentAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  indexes: [{ fields: ['slug', 'village'], unique: true }],
  endpoints: [
    ...(collection.endpoints || []),
    reviewStatusEndpoint(collection.slug as ReviewedCollection),
    reviewEndpoint(collection.slug as ReviewedCollection),
  ],
  hooks: {
    ...collection.hooks,
    beforeChange: [
      guardReview,
      stampPublishedAt,
      noteLiveBeforeChange,
      ...(collection.hooks?.beforeChange ?? []),
    ],
    afterChange: [...(collection.hooks?.afterChange ?? []), rebuildAfterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), rebuildAfterDelete],
  },
  fields: [...collection.fields, publishedAtField, ...reviewFields],
  admin: {
    ...collection.admin,
    // 预览: the portal page and kiosk slide the saved draft will become (app/(preview)).
    ...(isPreviewed(collection.slug)
      ? { preview: (doc: { id?: unknown }) => `/preview/${collection.slug}/${String(doc.id)}` }
      : {}),
    // Publishing happens only through review (ReviewActions), which also shows the one status.
    components: {
      ...collection.admin?.components,
      edit: {
        ...collection.admin?.components?.edit,
        PublishButton: '/workflow/NotShown#NotShown',
        Status: '/workflow/NotShown#NotShown',
      },
    },
    defaultColumns: [
      ...(collection.admin?.defaultColumns ?? []).filter((c) => c !== '_status'),
      'reviewState',
    ],
  },
})
