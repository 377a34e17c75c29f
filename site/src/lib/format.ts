const tz = 'Asia/Shanghai'
const weekdays = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']

function parts(value: string | Date) {
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T12:00:00+08:00`)
      : new Date(value)
  const get = (type: string) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      [type]: 'numeric',
      hourCycle: 'h23',
    } as Intl.DateTimeFormatOptions)
      .formatToParts(date)
      .find((p) => p.type === type)!.value
  const china = new Date(date.getTime() + 8 * 3600_000)
  return {
    year: china.getUTCFullYear(),
    month: china.getUTCMonth() + 1,
    day: china.getUTCDate(),
    weekday: weekdays[china.getUTCDay()],
    time: `${get('hour').padStart(2, '0')}:${get('minute').padStart(2, '0')}`,
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
