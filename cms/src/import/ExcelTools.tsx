import React from 'react'

import type { StaffUser } from '../access/roles'
import { ExcelPanel } from './ExcelPanel'
import { mayImport } from './endpoints'

/** What each list's panel calls its rows, and whether photos come beside the workbook. */
const kinds = {
  'role-models': { title: '身边好榜样', nameHeader: '姓名', photos: true, imports: true },
  'lecture-sessions': { title: '讲堂安排', nameHeader: '主题', photos: false, imports: true },
  // Written in the admin (rich text, Q&A): exported for reports, never imported.
  'policy-explainers': { title: '政策解读', nameHeader: '标题', photos: false, imports: false },
} as const

/** Shown to those who write content; reviewers and leaders only review. */
export function ExcelTools({
  user,
  collection,
}: {
  user?: StaffUser | null
  collection: keyof typeof kinds
}) {
  if (!mayImport(user) || !kinds[collection]) return null
  return <ExcelPanel collection={collection} {...kinds[collection]} />
}
