import type { Access, FieldAccess } from 'payload'

/** Any signed-in CMS user. Finer roles and village tenancy come with the review workflow. */
export const isStaff: Access = ({ req }) => Boolean(req.user)

export const staffOnlyField: FieldAccess = ({ req }) => Boolean(req.user)

export const anyone: Access = () => true

/** 先审后发: the public sees published documents only; staff see drafts too. */
export const publishedOrStaff: Access = ({ req }) => (req.user ? true : { _status: { equals: 'published' } })

/** Access for reviewed public content (role models, lectures, explainers, rules). */
export const contentAccess = {
  read: publishedOrStaff,
  create: isStaff,
  update: isStaff,
  delete: isStaff,
}
