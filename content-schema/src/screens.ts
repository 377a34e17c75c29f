/**
 * When a village screen is on, in China time whatever the device's or server's clock zone:
 * shared by the CMS (online / offline / scheduled off) and the kiosk (dim to a clock off hours).
 */
import { chinaClock } from './china'
import type { WeeklyHours } from './hours'

export * from './hours'

/** Whether the screen should show content at `at`; a weekday with no row is off all day. */
export function isOnHours(hours: WeeklyHours, at: Date): boolean {
  const { weekday, time } = chinaClock(at)
  return hours.some((row) => row.weekday === weekday && row.on <= time && time < row.off)
}
