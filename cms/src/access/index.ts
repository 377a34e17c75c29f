import type { Access, FieldAccess, Where } from 'payload'

import { hasRole, isTownshipEditor, staffUser, villagesOf, worksInVillage } from './roles'

/** Any signed-in CMS user. */
export const isStaff: Access = ({ req }) => Boolean(staffUser(req))

export const anyone: Access = () => true

const published = { _status: { equals: 'published' } } as const

/**
 * 先审后发: the public sees published documents only. Township staff see everything; a village
 * officer sees published content plus everything of their own villages, never another
 * village's drafts.
 */
export const canReadContent: Access = ({ req }) => {
  const user = staffUser(req)
  if (!user) return published
  if (hasRole(user, 'admin', 'township-editor', 'township-reviewer', 'leader')) return true
  return { or: [published, { village: { in: villagesOf(user) } }] }
}

/** Earlier versions and drafts, by the same rule as documents. */
export const canReadContentVersions: Access = ({ req }) => {
  const user = staffUser(req)
  if (!user) return false
  if (hasRole(user, 'admin', 'township-editor', 'township-reviewer', 'leader')) return true
  return { 'version.village': { in: villagesOf(user) } }
}

/** Township editors create anywhere; a village officer only in their own villages. */
export const canCreateContent: Access = ({ req, data }) => {
  const user = staffUser(req)
  if (isTownshipEditor(user)) return true
  return hasRole(user, 'village-officer') && worksInVillage(user, data?.village)
}

/** Reviewers and leaders change content only through review actions, never by editing it. */
export const canUpdateContent: Access = ({ req }) => {
  const user = staffUser(req)
  if (isTownshipEditor(user)) return true
  if (hasRole(user, 'village-officer')) return { village: { in: villagesOf(user) } }
  return false
}

/** A village officer may delete only what was never published. */
export const canDeleteContent: Access = ({ req }) => {
  const user = staffUser(req)
  if (isTownshipEditor(user)) return true
  if (hasRole(user, 'village-officer')) {
    const ownDraft: Where = { and: [{ village: { in: villagesOf(user) } }, { _status: { equals: 'draft' } }] }
    return ownDraft
  }
  return false
}

export const contentAccess = {
  read: canReadContent,
  readVersions: canReadContentVersions,
  create: canCreateContent,
  update: canUpdateContent,
  delete: canDeleteContent,
}

/**
 * Private fields (phone, ID number, address, consent): staff of the document's village and
 * township editors only. Reviewers and leaders judge what is published, which never includes them.
 */
export const privateFieldAccess: FieldAccess = ({ req, doc, data }) => {
  const user = staffUser(req)
  if (hasRole(user, 'township-editor')) return true
  return hasRole(user, 'village-officer') && worksInVillage(user, doc?.village ?? data?.village)
}

/** Staff of any role; for review records that the public must not see. */
export const staffOnlyField: FieldAccess = ({ req }) => Boolean(staffUser(req))
