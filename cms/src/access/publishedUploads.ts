import { contentTypeNames, contentTypes, type ContentTypeTraits } from '@xiangfeng/content-schema'
import type { Payload } from 'payload'

import { findEvery } from '../find'
import { idOf } from '../ids'

/** The values at a path (`a.b`: field b of group or array a) of a document. */
const valuesAt = (value: unknown, path: string[]): unknown[] => {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path))
  if (!path.length) return [value]
  if (!value || typeof value !== 'object') return []
  return valuesAt((value as Record<string, unknown>)[path[0]], path.slice(1))
}

/**
 * The uploads that published content shows: pictures (each content type's `pictures` fields) or
 * attachments (its `files`). What the public may read of the media library and the attachments.
 */
export async function publishedUploadIds(
  payload: Payload,
  kind: 'pictures' | 'files',
): Promise<(string | number)[]> {
  const ids = new Set<string | number>()
  for (const name of contentTypeNames) {
    const { collection, [kind]: fields = [] } = contentTypes[name] as ContentTypeTraits
    if (!fields.length) continue
    const docs = await findEvery<Record<string, unknown>>(payload, collection as 'role-models', {
      where: { _status: { equals: 'published' } },
      select: Object.fromEntries(fields.map((p) => [p.split('.')[0], true])),
    })
    for (const doc of docs)
      for (const path of fields)
        for (const value of valuesAt(doc, path.split('.'))) {
          const id = idOf(value)
          if (id !== undefined && id !== null) ids.add(id)
        }
  }
  return [...ids]
}
