/** Who may do what: the rule the API matrix and the admin's browser matrix both check, written once. */
export type Role =
  'anonymous' | 'admin' | 'township-editor' | 'township-reviewer' | 'leader' | 'village-officer'
export type Operation =
  'read' | 'create' | 'update' | 'delete' | 'delete published' | 'submit' | 'review' | 'return' | 'approve'
export type Scope = 'own village' | 'other village' | 'other township'

export const roles: Role[] = [
  'anonymous',
  'admin',
  'township-editor',
  'township-reviewer',
  'leader',
  'village-officer',
]
export const operations: Operation[] = [
  'read',
  'create',
  'update',
  'delete',
  'delete published',
  'submit',
  'review',
  'return',
  'approve',
]
export const scopes: Scope[] = ['own village', 'other village', 'other township']

/** The rule, written once, independently of the implementation. */
export function allowed(role: Role, operation: Operation, scope: Scope): boolean {
  // Another township's drafts are the county administrator's alone (系统管理员, county-wide).
  if (scope === 'other township')
    return role === 'admin' && !['review', 'return', 'approve'].includes(operation)
  const townshipStaff = role === 'admin' || role === 'township-editor'
  const officerHere = role === 'village-officer' && scope === 'own village'
  switch (operation) {
    case 'read':
      return role !== 'anonymous' && (role !== 'village-officer' || officerHere)
    case 'create':
    case 'update':
    case 'delete':
    case 'submit':
      return townshipStaff || officerHere
    // Taking live content down is for the township: a village officer deletes only drafts.
    case 'delete published':
      return townshipStaff
    case 'review':
      return role === 'township-reviewer'
    // 退回 of a document waiting for 复审.
    case 'return':
      return mayReturn(role, 'submitted')
    case 'approve':
      return role === 'leader'
  }
}

/**
 * 退回 (return) is open to the reviewer while a document waits for 复审, and to the leader at either
 * level and while an approved document waits for its 定时发布时间; from no other state.
 */
export const mayReturn = (role: Role, state: string) =>
  (['submitted', 'reviewed', 'scheduled'].includes(state) && role === 'leader') ||
  (state === 'submitted' && role === 'township-reviewer')
