import { chinaDay, chinaWallClock } from '@xiangfeng/content-schema/china'

const weekdays = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']

function parts(value: string | Date) {
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T12:00:00+08:00`)
      : new Date(value)
  const china = chinaWallClock(date)
  const two = (n: number) => String(n).padStart(2, '0')
  return {
    year: china.getUTCFullYear(),
    month: china.getUTCMonth() + 1,
    day: china.getUTCDate(),
    weekday: weekdays[china.getUTCDay()],
    time: `${two(china.getUTCHours())}:${two(china.getUTCMinutes())}`,
  }
}

/** 2026年11月22日 星期日 */
export function chineseDate(value: string | Date): string {
  const p = parts(value)
  return `${p.year}年${p.month}月${p.day}日 ${p.weekday}`
}

/** 2026年11月22日 星期日 09:30 */
export function chineseDateTime(value: string | Date): string {
  return `${chineseDate(value)} ${parts(value).time}`
}

export function chineseTime(value: string | Date): string {
  return parts(value).time
}

/** 第十二条 */
export function articleNumber(n: number): string {
  const digits = '零一二三四五六七八九'
  if (n < 10) return `第${digits[n]}条`
  if (n < 20) return `第十${n % 10 ? digits[n % 10] : ''}条`
  if (n < 100) return `第${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}条`
  return `第${n}条`
}

export { chinaDay }

/** The month of an instant in China, as 2026-11 (the key of a month's schedule page). */
export const chinaMonth = (value: string | Date) => chinaDay(value).slice(0, 7)

/** 2026-11 → 2026年11月 */
export const chineseMonth = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`

/** Monday and Sunday (China days) of the week holding `now`. */
export function chinaWeek(now: Date): { monday: string; sunday: string } {
  const today = new Date(`${chinaDay(now)}T00:00:00Z`)
  const fromMonday = (today.getUTCDay() + 6) % 7
  const monday = new Date(today.getTime() - fromMonday * 86_400_000)
  return {
    monday: monday.toISOString().slice(0, 10),
    sunday: new Date(monday.getTime() + 6 * 86_400_000).toISOString().slice(0, 10),
  }
}
