/**
 * A document as the public would get it, for the admin's preview: the draft mapped by its
 * collection's public shape (the export's mapper, so private fields are absent by construction),
 * checked by the contract like 提交审核, beside what is public now (the names it links to).
 */
import type * as contract from '@xiangfeng/content-schema'
import {
  contentTypeNames,
  contentTypes,
  type LinkedCollection,
  type PreviewedCollection,
  type PreviewedType,
  typeOfCollection,
} from '@xiangfeng/content-schema'
import type { Payload } from 'payload'

import type { StaffUser } from '../access/roles'
import { schemaOf, toPublicOf } from '../collections'
import { type ContractProblem, validateRecord } from '../collections/contractCheck'
import { PublicLinks } from '../collections/publicShape'
import { findEvery } from '../find'
import type { Id } from '../ids'
import { exportPublic } from '../publish/export'
import { latestDraftAs } from '../workflow/transition'

/**
 * The links of a draft as the export would make them: to what is public now (the snapshot's
 * records carry each document's id and slug), and to any picture, since staff see the draft's own.
 */
async function linksOf(payload: Payload, snapshot: contract.Snapshot) {
  const [media, attachments] = await Promise.all([
    findEvery(payload, 'media'),
    findEvery(payload, 'attachments'),
  ])
  const lists = Object.fromEntries(
    contentTypeNames.map((name) => [contentTypes[name].collection, snapshot[name]]),
  )
  return new PublicLinks({
    ...(lists as Record<LinkedCollection, never[]>),
    media,
    attachments,
  })
}

export type Preview = {
  type: PreviewedType
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
  const type = typeOfCollection(collection) as PreviewedType
  const { snapshot } = await exportPublic(payload)
  const links = await linksOf(payload, snapshot)
  const record = toPublicOf(type)(doc, links)
  const checked = validateRecord(schemaOf(type), record, payload.collections[collection].config.fields, doc)
  return {
    type,
    record: checked.data ?? record,
    problems: checked.problems ?? [],
    snapshot,
  }
}
