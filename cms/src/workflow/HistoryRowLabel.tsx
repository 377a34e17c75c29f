'use client'
import { useRowLabel } from '@payloadcms/ui'

import { chinaDateTime } from '../fields/dates'
import { actionLabel } from './states'

/** A review-history row read at a glance, collapsed: when, what, and the reason of a return. */
export function HistoryRowLabel() {
  const { data } = useRowLabel<{ action?: string; at?: string; reason?: string }>()
  const when = data?.at ? chinaDateTime(data.at) : ''
  const what = data?.action ? actionLabel(data.action) : '记录'
  return (
    <span>
      {when} {what}
      {data?.reason ? `：${data.reason}` : ''}
    </span>
  )
}
