/**
 * A screen's weekly hours, in China time. No imports: `npm start` (plain Node) reads this file
 * to print when the demo screens are on.
 */
export type WeeklyHours = { weekday: string; on: string; off: string }[]

export const DEFAULT_HOURS: WeeklyHours = ['1', '2', '3', '4', '5', '6', '7'].map((weekday) => ({
  weekday,
  on: '08:00',
  off: '18:00',
}))

/** HH:MM, 24-hour; 24:00 is the end of the day, for a screen on until midnight. */
export const TIME_PATTERN = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/

const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日']

/** A screen's hours as people say them: 每天 08:00–18:00, or 周一至周五 08:00–18:00；周六 08:00–12:00；周日关闭. */
export function describeHours(hours: WeeklyHours): string {
  const days = WEEKDAY_NAMES.map((_, i) =>
    hours
      .filter((row) => row.weekday === String(i + 1))
      .sort((a, b) => a.on.localeCompare(b.on))
      .map((row) => `${row.on}–${row.off}`)
      .join('、'),
  )
  if (days.every((spans) => spans === '')) return '全周关闭'
  if (days.every((spans) => spans === days[0])) return `每天 ${days[0]}`
  const runs: { from: number; to: number; spans: string }[] = []
  days.forEach((spans, i) => {
    const last = runs.at(-1)
    if (last && last.spans === spans) last.to = i
    else runs.push({ from: i, to: i, spans })
  })
  return runs
    .map(({ from, to, spans }) => {
      const name =
        from === to
          ? `周${WEEKDAY_NAMES[from]}`
          : `周${WEEKDAY_NAMES[from]}${to === from + 1 ? '、周' : '至周'}${WEEKDAY_NAMES[to]}`
      return `${name}${spans ? ` ${spans}` : '关闭'}`
    })
    .join('；')
}
