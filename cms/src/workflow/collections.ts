import type { CollectionSlug } from 'payload'

/** The public content collections: each passes 三审 before it is published. */
export const reviewedCollections = [
  'role-models',
  'lecture-series',
  'lecture-sessions',
  'policy-explainers',
  'village-rules',
  // Last: Payload numbers the (slug, village) indexes in this order, and the migrations name them so.
  'selection-batches',
  'notices',
  'grids',
  'points-boards',
] as const satisfies CollectionSlug[]

export type ReviewedCollection = (typeof reviewedCollections)[number]
