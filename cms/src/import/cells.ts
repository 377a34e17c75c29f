/**
 * What officers really type into Excel, WPS and LibreOffice, read as plain values: full-width
 * digits and spaces, names spaced out to line up (王　伟), and dates in any of the usual forms.
 */
import { isRealDay } from '../fields/dates'
import { halfWidth } from '../fields/text'

/** A cell as text: rich text runs joined, a formula's result, a hyperlink's text; trimmed of any space. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown }
    if (v.richText) return cellText(v.richText.map((run) => run.text).join(''))
    if ('result' in v) return cellText(v.result)
    if ('text' in v) return cellText(v.text)
    return ''
  }
  return String(value)
    .replace(/\r\n?/g, '\n')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
}

/** A name: spaces inside a Chinese name (王　伟, 王 伟) are alignment, not part of it. */
export function nameText(value: unknown): string {
  const text = cellText(value)
  return /^[\p{Script=Han}·\s\u3000]+$/u.test(text)
    ? text.replace(/[\s\u3000]+/g, '')
    : text.replace(/\s+/g, ' ')
}

/** Days from Excel's day 0 (1899-12-30, which absorbs its 1900 leap-year bug) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569

const dayString = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

/**
 * A calendar day as 2026-03-01 from 2026年3月1日, 2026-3-1, 2026/03/01, 2026.3.1, a date cell or an
 * Excel day number; undefined for an empty cell; null when it is not a date.
 */
export function dayOf(value: unknown): string | null | undefined {
  if (value instanceof Date) {
    // exceljs reads a date cell as midnight UTC of the day the sheet shows.
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > 2958465) return null
    return new Date((value - EXCEL_EPOCH_DAYS) * 86_400_000).toISOString().slice(0, 10)
  }
  const text = halfWidth(cellText(value)).replace(/\s+/g, '')
  if (!text) return undefined
  if (/^\d{5}$/.test(text)) return dayOf(Number(text))
  const match = /^(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})日?$/.exec(text)
  if (!match) return null
  const [y, m, d] = match.slice(1).map(Number)
  return isRealDay(y, m, d) ? dayString(y, m, d) : null
}
