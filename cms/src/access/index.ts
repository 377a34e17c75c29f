/**
 * Who may do what, one small function per rule, named for the people it lets through (as in
 * Payload's website template). Each works for collection and field access alike where both need it.
 */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { publishedUploadIds } from './publishedUploads'
import { idOf } from '../ids'
import {
  hasRole,
  isTownshipEditor,
  type StaffUser,
  staffUser,
  townshipRoles,
  townshipsOf,
  villagesOf,
  worksInTownship,
  worksInVillage,
} from './roles'

type Args = { req: PayloadRequest }

export const anyone = () => true

/** Any signed-in CMS user. */
export const authenticated = ({ req }: Args) => Boolean(staffUser(req))

export const admins = ({ req }: Args) => hasRole(staffUser(req), 'admin')

const published = { _status: { equals: 'published' } } as const
const townshipStaff = ['admin', ...townshipRoles] as const

/** Township staff's documents: those of their own townships; the county administrator's: all. */
const ofOwnTownships = (user: StaffUser, path = 'township'): Where | true =>
  hasRole(user, 'admin') ? true : { [path]: { in: townshipsOf(user) } }

/** System administrators and township editors (镇宣传干事). */
export const townshipEditors = ({ req }: Args) => isTownshipEditor(staffUser(req))

/** A township's own editors (and the county administrator) change its name and intro. */
export const editorsOfTheTownship: Access = ({ req }) => {
  const user = staffUser(req)
  if (!user || !isTownshipEditor(user)) return false
  return ofOwnTownships(user, 'id')
}

/** A village's page: changed by its township's editors and leaders (approval.ts). */
export const editorsOrLeadersOfTheTownship: Access = ({ req }) => {
  const user = staffUser(req)
  if (!hasRole(user, 'admin', 'township-editor', 'leader')) return false
  return ofOwnTownships(user!)
}

export const adminsOrSelf: Access = ({ req }) => {
  const user = staffUser(req)
  if (!user) return false
  return hasRole(user, 'admin') || { id: { equals: user.id } }
}

/**
 * Whether a new document's place (its village's township, else the township it names) is one of
 * the user's townships. Asked before anything is chosen (the admin deciding which forms to show):
 * yes, for a user who has a township; the township field's hook then fills or refuses it.
 */
async function createsInOwnTownship(req: PayloadRequest, user: StaffUser, data: unknown) {
  if (hasRole(user, 'admin')) return true
  const { village, township } = (data ?? {}) as { village?: unknown; township?: unknown }
  if (idOf(village)) {
    const found = await req.payload
      .findByID({ collection: 'villages', id: idOf(village) as never, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    return Boolean(found) && worksInTownship(user, found!.township)
  }
  if (idOf(township)) return worksInTownship(user, township)
  return townshipsOf(user).length > 0
}

/**
 * 先审后发: the public sees published documents only. Township staff see everything of their own
 * townships (the county administrator: of all); a village officer sees published content plus
 * everything of their own villages. Nobody sees another township's or village's drafts.
 */
export const publishedOrOwnVillage: Access = ({ req }) => {
  const user = staffUser(req)
  if (!user) return published
  if (hasRole(user, 'admin')) return true
  if (hasRole(user, ...townshipStaff)) return { or: [published, ofOwnTownships(user) as Where] }
  return { or: [published, { village: { in: villagesOf(user) } }] }
}

/** Earlier versions and drafts, by the same rule as documents. */
export const versionsOfOwnVillage: Access = ({ req }) => {
  const user = staffUser(req)
  if (!user) return false
  if (hasRole(user, ...townshipStaff)) return ofOwnTownships(user, 'version.township')
  return { 'version.village': { in: villagesOf(user) } }
}

/**
 * Township editors create in their own townships; a village officer only in their own villages.
 * Asked before a village is chosen (the admin deciding which buttons and forms to show), a village
 * officer may create: the village field's own hook then refuses, in Chinese, a document without one.
 */
export const editorsOfTheVillage: Access = async ({ req, data }) => {
  const user = staffUser(req)
  if (user && isTownshipEditor(user)) return createsInOwnTownship(req, user, data)
  if (!hasRole(user, 'village-officer')) return false
  return data?.village === undefined || data?.village === null || worksInVillage(user, data.village)
}

/** Reviewers and leaders change content only through review actions, never by editing it. */
export const editorsOfOwnVillage: Access = ({ req }) => {
  const user = staffUser(req)
  if (user && isTownshipEditor(user)) return ofOwnTownships(user)
  if (hasRole(user, 'village-officer')) return { village: { in: villagesOf(user) } }
  return false
}

/** A village officer may delete only what was never published. */
export const editorsOfOwnUnpublished: Access = ({ req }) => {
  const user = staffUser(req)
  if (user && isTownshipEditor(user)) return ofOwnTownships(user)
  if (hasRole(user, 'village-officer')) {
    const ownDraft: Where = { and: [{ village: { in: villagesOf(user) } }, { _status: { equals: 'draft' } }] }
    return ownDraft
  }
  return false
}

export const reviewedContentAccess = {
  read: publishedOrOwnVillage,
  readVersions: versionsOfOwnVillage,
  create: editorsOfTheVillage,
  update: editorsOfOwnVillage,
  delete: editorsOfOwnUnpublished,
}

/**
 * Private fields (phone, ID number, address, consent): staff of the document's village and
 * editors of its township only. Reviewers and leaders judge what is published, which never
 * includes them. A new document's township may not be filled in yet: its create access checked it.
 */
export const staffOfTheVillage: FieldAccess = ({ req, doc, data }) => {
  const user = staffUser(req)
  if (hasRole(user, 'township-editor')) {
    const township = idOf(doc?.township ?? data?.township)
    return township === undefined || township === null
      ? townshipsOf(user).length > 0
      : worksInTownship(user, township)
  }
  return hasRole(user, 'village-officer') && worksInVillage(user, doc?.village ?? data?.village)
}

/** A private field's access: read and written by the staff of the document's village only. */
export const villageStaffOnly = {
  read: staffOfTheVillage,
  create: staffOfTheVillage,
  update: staffOfTheVillage,
}

/**
 * A personal value the public may read once its holder agreed (the row's `consentFlag` ticked,
 * with the day on record): a grid worker's work phone, a household's name on the red list.
 * Written by the village's staff only.
 */
export const publicWithConsent = (consentFlag: string) => ({
  read: ((args) => Boolean(args.siblingData?.[consentFlag]) || staffOfTheVillage(args)) as FieldAccess,
  create: staffOfTheVillage,
  update: staffOfTheVillage,
})

/**
 * Staff read every picture; the public only those that published content shows, so an upload is
 * not public before the document that uses it passes review.
 */
export const staffOrPublishedPictures: Access = async ({ req }) => {
  if (staffUser(req)) return true
  return { id: { in: await publishedUploadIds(req.payload, 'pictures') } }
}

/**
 * Staff read every attachment; the public only those published content offers, so a file is not
 * public before its notice passes review.
 */
export const staffOrPublishedAttachments: Access = async ({ req }) => {
  if (staffUser(req)) return true
  return { id: { in: await publishedUploadIds(req.payload, 'files') } }
}

/* 村名、村简介 and 网站设置: a leader's approval (collections/approval.ts). */

/** Only published values are public; a village created as a draft is not on the portal yet. */
export const publishedOrStaff = ({ req }: { req: PayloadRequest }) =>
  Boolean(staffUser(req)) || { _status: { equals: 'published' } }

/**
 * A global's published values are public, and its defaults while it was never saved; a draft is
 * not: asked for one, the public gets the latest published version (a query a never-saved global
 * would answer with nothing, hence only then).
 */
export const publishedGlobalOrStaff = ({ req }: { req: PayloadRequest }) =>
  Boolean(staffUser(req)) || String(req.query?.draft) !== 'true' || { _status: { equals: 'published' } }

/** Those who edit (drafts) and those who approve (leaders, who publish a draft as it stands). */
export const editorsOrLeaders = ({ req }: { req: PayloadRequest }) =>
  hasRole(staffUser(req), 'admin', 'township-editor', 'leader')

/** Nobody, not even an administrator: values only the server writes. */
export const nobody = () => false
