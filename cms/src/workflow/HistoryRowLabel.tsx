'use client'
import { useRowLabel } from '@payloadcms/ui'
import { chinaWallClock } from '@xiangfeng/content-schema/china'

import { actionLabel } from './states'

/** 2026年11月23日 22:17, China time. */
function readable(at: string) {
  const c = chinaWallClock(at)
  const time = c.toISOString().slice(11, 16)
  return `${c.getUTCFullYear()}年${c.getUTCMonth() + 1}月${c.getUTCDate()}日 ${time}`
}

/** A review-history row read at a glance, collapsed: when, what, and the reason of a return. */
export function HistoryRowLabel() {
  const { data } = useRowLabel<{ action?: string; at?: string; reason?: string }>()
  const when = data?.at ? readable(data.at) : ''
  const what = data?.action ? actionLabel(data.action) : '记录'
  return (
    <span>
      {when} {what}
      {data?.reason ? `：${data.reason}` : ''}
    </span>
  )
}
