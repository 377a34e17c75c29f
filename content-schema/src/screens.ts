/**
 * When a village screen is on, in China time whatever the device's or server's clock zone:
 * shared by the CMS (online / offline / scheduled off) and the kiosk (dim to a clock off hours).
 */
import { chinaClock } from './china'

export type WeeklyHours = { weekday: string; on: string; off: string }[]

export const DEFAULT_HOURS: WeeklyHours = ['1', '2', '3', '4', '5', '6', '7'].map((weekday) => ({
  weekday,
  on: '08:00',
  off: '18:00',
}))

/** HH:MM, 24-hour; 24:00 is the end of the day, for a screen on until midnight. */
export const TIME_PATTERN = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/

/** Whether the screen should show content at `at`; a weekday with no row is off all day. */
export function isOnHours(hours: WeeklyHours, at: Date): boolean {
  const { weekday, time } = chinaClock(at)
  return hours.some((row) => row.weekday === weekday && row.on <= time && time < row.off)
}
