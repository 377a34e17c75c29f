import { chinaWallClock } from '@xiangfeng/content-schema/china'

/** How dates read in the admin: 2026年11月23日 22:17, 24-hour, in every list, field and picker. */
export const DATE_FORMAT = 'yyyy年M月d日'
export const DATE_TIME_FORMAT = 'yyyy年M月d日 HH:mm'

/** Admin options of a date field that holds a calendar day. */
export const dayOnly = { date: { pickerAppearance: 'dayOnly', displayFormat: DATE_FORMAT } } as const

/** Admin options of a date field that holds a moment. */
export const dayAndTime = {
  date: { pickerAppearance: 'dayAndTime', displayFormat: DATE_TIME_FORMAT, timeFormat: 'HH:mm' },
} as const

/** A moment as staff read it in the admin: 2026年11月23日 22:17, China time. */
export function chinaDateTime(at: string) {
  const c = chinaWallClock(at)
  return `${c.getUTCFullYear()}年${c.getUTCMonth() + 1}月${c.getUTCDate()}日 ${c.toISOString().slice(11, 16)}`
}

/** A day as officers write it: 2026年3月1日. */
export const chineseDay = (day: string) => {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/** Whether year, month and day name a day the calendar has (not 2026-02-30). */
export const isRealDay = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}
