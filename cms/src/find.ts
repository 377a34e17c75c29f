import type { CollectionSlug, Payload, Where } from 'payload'

/**
 * Every document of a collection in one query, relations as ids unless `depth` says otherwise:
 * the lists the export, the checks, the imports and the figures read whole. It reads as the
 * system unless given a `user`, whose own access then applies.
 */
export const findEvery = async <T = never>(
  payload: Payload,
  collection: CollectionSlug,
  {
    user,
    ...options
  }: {
    where?: Where
    draft?: boolean
    overrideAccess?: boolean
    select?: Record<string, true>
    sort?: string
    depth?: number
    /** A signed-in staff member (access/roles.ts StaffUser). */
    user?: { id: unknown }
  } = {},
) =>
  (
    await payload.find({
      collection,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: !user,
      ...(user ? { user: user as never } : {}),
      ...options,
    } as Parameters<Payload['find']>[0])
  ).docs as unknown as T[]
