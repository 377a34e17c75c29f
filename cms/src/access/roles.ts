import type { Access, FieldAccess } from 'payload'

/** CMS roles; the review workflow decides what each may do. */
export const roles = [
  { value: 'admin', label: '系统管理员' },
  { value: 'township-editor', label: '镇宣传干事' },
  { value: 'township-reviewer', label: '镇复审员' },
  { value: 'leader', label: '终审领导' },
  { value: 'village-officer', label: '村信息员' },
] as const

export type Role = (typeof roles)[number]['value']

type UserLike = { id: string | number; roles?: Role[] | null } | null | undefined

export const hasRole = (user: UserLike, role: Role) => Boolean(user?.roles?.includes(role))

export const isAdmin: Access = ({ req }) => hasRole(req.user as UserLike, 'admin')

export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user as UserLike, 'admin')

export const isAdminOrSelf: Access = ({ req }) => {
  const user = req.user as UserLike
  if (!user) return false
  return hasRole(user, 'admin') || { id: { equals: user.id } }
}
