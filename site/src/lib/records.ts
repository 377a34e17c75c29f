/** What a record says beyond its fields, for the views and the kiosk slides alike. */
import type { PointsBoard, SelectionBatch } from '@xiangfeng/content-schema'

/** A red-list entry as the board shows it: the household's name if it agreed, else where it lives. */
export const householdOf = (entry: PointsBoard['redList'][number]) => entry.household ?? `${entry.group}某户`

/** Where a batch's public notice stands on `today` (a China day, 2026-11-24). */
export function noticeState(batch: SelectionBatch, today: string): 'none' | 'upcoming' | 'open' | 'closed' {
  if (!batch.notice) return 'none'
  if (today < batch.notice.startsOn) return 'upcoming'
  return today <= batch.notice.endsOn ? 'open' : 'closed'
}
