import type { PayloadRequest } from 'payload'
import { type Id, idOf } from '../ids'

/**
 * CMS roles. The system administrator works county-wide; township roles cover every village of
 * the townships listed on the user; a village officer only the villages listed on the user.
 */
export const roles = [
  { value: 'admin', label: '系统管理员（全县）' },
  { value: 'township-editor', label: '镇宣传干事' },
  { value: 'township-reviewer', label: '镇复审员' },
  { value: 'leader', label: '终审领导' },
  { value: 'village-officer', label: '村信息员' },
] as const

export type Role = (typeof roles)[number]['value']

/** The roles that work in the townships listed on the user (所属镇). */
export const townshipRoles = ['township-editor', 'township-reviewer', 'leader'] as const satisfies Role[]

export type StaffUser = {
  id: Id
  collection?: string
  roles?: Role[] | null
  villages?: (Id | { id: Id })[] | null
  townships?: (Id | { id: Id })[] | null
}

export const staffUser = (req: PayloadRequest): StaffUser | null =>
  req.user && req.user.collection === 'users' ? (req.user as unknown as StaffUser) : null

export const hasRole = (user: StaffUser | null | undefined, ...wanted: Role[]) =>
  Boolean(user?.roles?.some((role) => wanted.includes(role)))

/** The villages a user works for, as ids. */
export const villagesOf = (user: StaffUser | null | undefined): Id[] =>
  (user?.villages ?? []).map((v) => idOf(v)).filter((v): v is Id => v !== undefined && v !== null)

export const worksInVillage = (user: StaffUser | null | undefined, village: unknown) => {
  const id = idOf(village)
  return id !== undefined && id !== null && villagesOf(user).some((v) => String(v) === String(id))
}

/** The townships a user works for, as ids. */
export const townshipsOf = (user: StaffUser | null | undefined): Id[] =>
  (user?.townships ?? []).map((t) => idOf(t)).filter((t): t is Id => t !== undefined && t !== null)

/** The county-wide administrator acts in every township; township staff in their own. */
export const worksInTownship = (user: StaffUser | null | undefined, township: unknown) => {
  if (hasRole(user, 'admin')) return true
  const id = idOf(township)
  return id !== undefined && id !== null && townshipsOf(user).some((t) => String(t) === String(id))
}

/** Township-level editors may write any village's content and the township's own. */
export const isTownshipEditor = (user: StaffUser | null | undefined) =>
  hasRole(user, 'admin', 'township-editor')
