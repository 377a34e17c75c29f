import type { PayloadRequest } from 'payload'
import { type Id, idOf } from '../ids'

/** CMS roles. Township roles cover every village; a village officer only the villages listed on the user. */
export const roles = [
  { value: 'admin', label: '系统管理员' },
  { value: 'township-editor', label: '镇宣传干事' },
  { value: 'township-reviewer', label: '镇复审员' },
  { value: 'leader', label: '终审领导' },
  { value: 'village-officer', label: '村信息员' },
] as const

export type Role = (typeof roles)[number]['value']

export type StaffUser = {
  id: Id
  collection?: string
  roles?: Role[] | null
  villages?: (Id | { id: Id })[] | null
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

/** Township-level editors may write any village's content and the township's own. */
export const isTownshipEditor = (user: StaffUser | null | undefined) =>
  hasRole(user, 'admin', 'township-editor')
