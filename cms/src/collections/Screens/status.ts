import { isOnHours, type WeeklyHours } from '@xiangfeng/content-schema'

/** A kiosk reports every two minutes; five missed reports make it offline. */
export const OFFLINE_AFTER_MS = 10 * 60_000

export const screenStatuses = [
  { value: 'online', label: '在线' },
  { value: 'offline', label: '离线' },
  { value: 'scheduled-off', label: '按计划关闭' },
] as const
export type ScreenStatus = (typeof screenStatuses)[number]['value']

/** Off hours are not a fault: a screen outside its hours is "scheduled off" whether it reports or not. */
export function screenStatus(
  screen: { hours?: WeeklyHours | null; lastSeenAt?: string | null },
  now: Date,
): ScreenStatus {
  if (!isOnHours(screen.hours ?? [], now)) return 'scheduled-off'
  const seen = screen.lastSeenAt ? new Date(screen.lastSeenAt).getTime() : 0
  return now.getTime() - seen < OFFLINE_AFTER_MS ? 'online' : 'offline'
}
