import type { CollectionBeforeChangeHook, Field } from 'payload'

import { nobody } from '../access'
import { label } from './labels'
import { dayAndTime } from './dates'

/** The public date of a document: set once, on its first publication. */
export const publishedAtField: Field = {
  name: 'publishedAt',
  type: 'date',
  index: true,
  label: label('发布日期', 'Published at'),
  // Only the server sets it, at the first publication: no role can backdate a document.
  access: { create: nobody, update: nobody },
  // A copy is a new document: it is published, and dated, when it passes review itself.
  hooks: { beforeDuplicate: [() => null] },
  admin: {
    position: 'sidebar',
    readOnly: true,
    ...dayAndTime,
    description: label('首次发布时自动记录，不可倒签。', 'Recorded on first publication; never backdated.'),
  },
}

export const stampPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt) {
    data.publishedAt = originalDoc?.publishedAt ?? new Date().toISOString()
  }
  return data
}
