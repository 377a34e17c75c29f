import React from 'react'

import { hasRole, type StaffUser } from '../access/roles'
import { ExcelPanel } from './ExcelPanel'

/** Shown to those who write role models; reviewers and leaders only review. */
export function ExcelTools({ user }: { user?: StaffUser | null }) {
  if (!hasRole(user, 'admin', 'township-editor', 'village-officer')) return null
  return <ExcelPanel />
}
