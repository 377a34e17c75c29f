/**
 * One importable type as a worksheet: its columns, each with the Chinese header the template,
 * the reader and the export share, so that export → edit → import round-trips.
 */
import ExcelJS from 'exceljs'
import { unzipSync } from 'fflate'

import { halfWidth } from '../fields/text'

/** A cell's reading: the value for the document, or what is wrong with it in words for the officer. */
export type Read<T> = { value: T } | { error: string }

export type Column<Row, Doc, Context> = {
  header: string
  /** The notes row under the header: what to type. */
  note: string
  width?: number
  /** Kept as text, so Excel does not turn an ID number into 1.23E+17 or drop a phone's leading 0. */
  asText?: boolean
  /** A drop-down list of the values this column accepts, from the live vocabularies. */
  list?: (context: Context) => string[]
  read: (cell: unknown, context: Context) => Read<Row[keyof Row]>
  /** The cell an export writes for a document, the same text the reader accepts. */
  write: (doc: Doc, context: Context) => string | number | undefined
  key: keyof Row
}

export type Sheet<Row, Doc, Context> = {
  /** The worksheet's name, and the file's. */
  name: string
  columns: Column<Row, Doc, Context>[]
}

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2E6D9' } } as const
const LISTS = '选项'

/**
 * An empty workbook to fill in: a title row, the headers, a notes row, and drop-down lists (kept on a
 * hidden sheet, since a list written into the rule itself may hold at most 255 characters).
 */
export async function templateWorkbook<R, D, C>(sheet: Sheet<R, D, C>, context: C, docs: D[] = []) {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '乡风'
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 3 }] })
  const lists = workbook.addWorksheet(LISTS, { state: 'hidden' })
  ws.addRow([`${sheet.name}（第3行为填写说明，从第4行起每行一条；带 * 的列必填）`])
  ws.mergeCells(1, 1, 1, sheet.columns.length)
  ws.getRow(1).font = { bold: true, size: 14 }
  ws.addRow(sheet.columns.map((c) => c.header))
  ws.getRow(2).font = { bold: true }
  ws.getRow(2).eachCell((cell) => (cell.fill = HEADER_FILL))
  ws.addRow(sheet.columns.map((c) => c.note))
  ws.getRow(3).font = { italic: true, color: { argb: 'FF666666' } }
  ws.getRow(3).alignment = { wrapText: true, vertical: 'top' }
  sheet.columns.forEach((column, i) => {
    ws.getColumn(i + 1).width = column.width ?? 14
    if (column.asText) ws.getColumn(i + 1).numFmt = '@'
    const values = column.list?.(context)
    if (!values?.length) return
    const letter = lists.getColumn(i + 1).letter
    values.forEach((v, j) => (lists.getCell(j + 1, i + 1).value = v))
    const range = `${LISTS}!$${letter}$1:$${letter}$${values.length}`
    const target = ws.getColumn(i + 1).letter
    // exceljs writes one rule for the whole range: up to 2000 rows of data.
    ;(ws as unknown as { dataValidations: { add: (ref: string, rule: object) => void } }).dataValidations.add(
      `${target}4:${target}2003`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: '不在选项中',
        error: `请从下拉列表中选择“${column.header.replace(/\s*\*$/, '')}”。`,
      },
    )
  })
  for (const doc of docs) ws.addRow(sheet.columns.map((c) => c.write(doc, context) ?? null))
  return workbook
}

/** A header as typed: no stars, spaces or full-width forms, so 姓名＊ and "姓 名" find 姓名 *. */
const headerKey = (text: string) => halfWidth(text).replace(/[\s*]/g, '')

export type SheetRow = { row: number; cells: Map<string, unknown> }

/** Thrown when a workbook cannot be read at all; its message is for the officer. */
export class WorkbookError extends Error {}

/**
 * Rows in one workbook. A township's longest list (every role model of 25 villages, or a year of
 * lectures) is under a thousand rows; twice that keeps a check to seconds, as each row is matched
 * against the drafts it may update.
 */
export const MAX_ROWS = 2000
/** What a workbook of that many rows unpacks to, with room to spare (a 2 000-row sheet is ~2 MB). */
const MAX_UNPACKED_BYTES = 20 * 1024 * 1024
/** An .xlsx holds a few dozen parts; thousands are no workbook an office program writes. */
const MAX_ENTRIES = 1000

/**
 * An .xlsx is a zip: its parts are counted and their unpacked sizes added up from its directory
 * before anything is inflated, so a small file that unpacks to gigabytes is refused unread.
 */
function checkUnpackedSize(data: Buffer) {
  let entries = 0
  let unpacked = 0
  try {
    unzipSync(new Uint8Array(data), {
      filter: (file) => {
        entries++
        unpacked += file.originalSize
        return false
      },
    })
  } catch {
    throw new WorkbookError('文件无法读取：请上传 Excel 的 .xlsx 文件（WPS、LibreOffice 请“另存为 .xlsx”）。')
  }
  if (entries > MAX_ENTRIES || unpacked > MAX_UNPACKED_BYTES)
    throw new WorkbookError(
      `这个文件解开后超过${MAX_UNPACKED_BYTES / 1024 / 1024} MB（或由${entries}个部分组成），不像是一张名单。请检查文件，或分成几个文件上传。`,
    )
}

/**
 * The data rows of the first worksheet that has the sheet's headers: the header row is found
 * among the first 10 rows (title rows and merged cells above it are skipped), the notes row and
 * empty rows are left out.
 */
export async function readRows<R, D, C>(sheet: Sheet<R, D, C>, data: Buffer): Promise<SheetRow[]> {
  checkUnpackedSize(data)
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(data as never)
  } catch {
    throw new WorkbookError('文件无法读取：请上传 Excel 的 .xlsx 文件（WPS、LibreOffice 请“另存为 .xlsx”）。')
  }
  const wanted = new Map(sheet.columns.map((c) => [headerKey(c.header), c.header]))
  for (const ws of workbook.worksheets) {
    for (let r = 1; r <= Math.min(10, ws.rowCount); r++) {
      const columns = new Map<number, string>()
      ws.getRow(r).eachCell((cell, col) => {
        const header = wanted.get(headerKey(String(cell.text ?? '')))
        if (header) columns.set(col, header)
      })
      // The header row holds most of the headers; a title row above it holds at most one.
      if (columns.size < Math.min(3, wanted.size)) continue
      const missing = [...wanted.values()].filter(
        (h) => h.endsWith('*') && ![...columns.values()].includes(h),
      )
      if (missing.length) {
        throw new WorkbookError(`表头缺少必填列：${missing.join('、')}。请使用系统提供的模板。`)
      }
      const rows: SheetRow[] = []
      const notes = new Set(sheet.columns.map((c) => c.note))
      ws.eachRow({ includeEmpty: false }, (row, number) => {
        if (number <= r) return
        const cells = new Map<string, unknown>()
        for (const [col, header] of columns) cells.set(header, row.getCell(col).value)
        const texts = [...cells.values()].map((v) => (v === null || v === undefined ? '' : String(v).trim()))
        if (texts.every((t) => t === '')) return
        // The template's notes row, kept by an officer who filled in below it.
        if ([...cells.values()].every((v) => v === null || v === undefined || notes.has(String(v)))) return
        rows.push({ row: number, cells })
      })
      if (rows.length > MAX_ROWS)
        throw new WorkbookError(
          `一个文件最多${MAX_ROWS}行，这个文件有${rows.length}行。请分成几个文件，分批检查和导入。`,
        )
      return rows
    }
  }
  throw new WorkbookError('没有找到表头：请使用系统提供的模板，表头须在前10行内。')
}
