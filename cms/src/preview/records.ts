/**
 * A document as the public would get it, for the admin's preview: the draft mapped by its
 * collection's public shape (the export's mapper, so private fields are absent by construction),
 * checked by the contract like 提交审核, beside what is public now (the names it links to).
 */
import type * as contract from '@xiangfeng/content-schema'
import type { Payload } from 'payload'

import type { StaffUser } from '../access/roles'
import { type ContractProblem, validateRecord } from '../publish/contractCheck'
import { exportPublic } from '../publish/export'
import { type LinkedCollection, PublicLinks } from '../publish/publicShape'
import { type ListName, shapeOf, shapes } from '../publish/shapes'
import type { Id } from '../ids'
import { latestDraftAs } from '../workflow/transition'

/** The collections whose documents have a page and a kiosk slide to preview. */
export const previewedCollections = [
  'role-models',
  'lecture-sessions',
  'policy-explainers',
  'village-rules',
  'selection-batches',
  'notices',
  'grids',
  'points-boards',
] as const
export type PreviewedCollection = (typeof previewedCollections)[number]
export const isPreviewed = (c: string): c is PreviewedCollection =>
  (previewedCollections as readonly string[]).includes(c)

/**
 * The links of a draft as the export would make them: to what is public now (the snapshot's
 * records carry each document's id and slug), and to any picture, since staff see the draft's own.
 */
async function linksOf(payload: Payload, snapshot: contract.Snapshot) {
  const all = async (collection: 'media' | 'attachments') =>
    (await payload.find({ collection, depth: 0, limit: 0, pagination: false, overrideAccess: true }))
      .docs as never[]
  const [media, attachments] = await Promise.all([all('media'), all('attachments')])
  const lists = Object.fromEntries(
    (Object.keys(shapes) as ListName[]).map((name) => [shapes[name].collection, snapshot[name]]),
  )
  return new PublicLinks({
    ...(lists as Record<LinkedCollection, never[]>),
    media,
    attachments,
  })
}

export type Preview = {
  collection: PreviewedCollection
  /** The draft's public record; complete only when `problems` is empty. */
  record: unknown
  problems: ContractProblem[]
  /** What is public now: the names and addresses the page links to. */
  snapshot: contract.Snapshot
}

/** The preview of one document, read with `user`'s own access; null when they may not read it. */
export async function previewOf(
  payload: Payload,
  user: StaffUser,
  collection: PreviewedCollection,
  id: Id,
): Promise<Preview | null> {
  const doc = await latestDraftAs(payload, user, collection, id)
  if (!doc) return null
  const shape = shapeOf(collection)!
  const { snapshot } = await exportPublic(payload)
  const links = await linksOf(payload, snapshot)
  const record = shape.toPublic(doc as never, links)
  const checked = validateRecord(shape.schema, record, payload.collections[collection].config.fields, doc)
  return {
    collection,
    record: checked.data ?? record,
    problems: checked.problems ?? [],
    snapshot,
  }
}
