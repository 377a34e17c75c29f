import type { Payload } from 'payload'

import { idOf } from '../../ids'

/** The pictures that published content shows: what the public may read of the media library. */
export async function publishedPictureIds(payload: Payload): Promise<(string | number)[]> {
  const uses = {
    'role-models': ['portrait', 'photos'],
    'policy-explainers': ['graphic'],
    'lecture-sessions': ['recap'],
    grids: ['workers'],
  }
  const ids = new Set<string | number>()
  for (const [collection, fields] of Object.entries(uses)) {
    const { docs } = await payload.find({
      collection: collection as 'role-models',
      where: { _status: { equals: 'published' } },
      select: Object.fromEntries(fields.map((f) => [f, true])),
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const values = [
        doc.portrait,
        doc.photos,
        doc.graphic,
        (doc.recap as { photos?: unknown })?.photos,
        ((doc.workers as { photo?: unknown }[] | undefined) ?? []).map((w) => w.photo),
      ].flat()
      for (const value of values) {
        const id = idOf(value)
        if (id !== undefined && id !== null) ids.add(id)
      }
    }
  }
  return [...ids]
}
