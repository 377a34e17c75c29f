import { type ExcelType, typeOfCollection } from '@xiangfeng/content-schema'
import React from 'react'

import type { StaffUser } from '../access/roles'
import { ExcelPanel } from './ExcelPanel'
import { mayImport } from './endpoints'

/** What each list's panel calls its rows, and whether photos come beside the workbook. */
const kinds: Record<ExcelType, { title: string; nameHeader: string; photos: boolean; imports: boolean }> = {
  roleModels: { title: '身边好榜样', nameHeader: '姓名', photos: true, imports: true },
  lectureSessions: { title: '讲堂安排', nameHeader: '主题', photos: false, imports: true },
  // Written in the admin (rich text, Q&A): exported for reports, never imported.
  policyExplainers: { title: '政策解读', nameHeader: '标题', photos: false, imports: false },
}

/** Shown to those who write content; reviewers and leaders only review. */
export function ExcelTools({ user, collection }: { user?: StaffUser | null; collection: string }) {
  const kind = kinds[typeOfCollection(collection) as ExcelType]
  if (!mayImport(user) || !kind) return null
  return <ExcelPanel collection={collection} {...kind} />
}
