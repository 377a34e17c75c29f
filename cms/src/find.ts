import type { CollectionSlug, Payload, Where } from 'payload'

/**
 * Every document of a collection in one query, relations as ids: the lists the export, the checks
 * and the figures read whole. Without `overrideAccess: false` it reads as the system.
 */
export const findEvery = async <T = never>(
  payload: Payload,
  collection: CollectionSlug,
  options: { where?: Where; draft?: boolean; overrideAccess?: boolean; select?: Record<string, true> } = {},
) =>
  (
    await payload.find({
      collection,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      ...options,
    } as Parameters<Payload['find']>[0])
  ).docs as unknown as T[]
