/**
 * Importing a workbook: a dry run that says, row by row, what would be created, updated or left as
 * it is and what is wrong (in the officer's words: row, column, problem), and the import itself,
 * which writes each good row on its own, as a draft in the officer's scope. What differs between
 * kinds of content (columns, key, the data written) is each kind's Importer.
 */
import type { ReviewedCollection } from '@xiangfeng/content-schema'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type Where,
} from 'payload'

import type { StaffUser } from '../access/roles'
import type { Id } from '../ids'
import { transition } from '../workflow/transition'
import { PhotoArchive, samePhoto } from './photos'
import { readRows, type Sheet } from './sheet'

export type RowProblem = { column: string; message: string }

export type RowResult = {
  /** The row's number in the worksheet, as Excel shows it. */
  row: number
  name: string
  action: 'create' | 'update' | 'unchanged' | 'error'
  errors: RowProblem[]
  /** The headers of the columns an update changes. */
  changes: string[]
  /** After the import: the draft written, and anything that went wrong after it was (a refused 提交审核). */
  id?: Id
  note?: string
}

/** One kind of content as an import: its sheet, the key a row is matched by, and what a row writes. */
export type Importer<Row, Doc, Context> = {
  collection: ReviewedCollection
  /** The file names the template and the export are offered under. */
  files: { template: string; export: string }
  sheet: Sheet<Row, Doc, Context>
  /** The names the sheet is read against, as `user` may use them. */
  context: (payload: Payload, user: StaffUser) => Promise<Context>
  /** The column a row is called by in the results (姓名, 主题). */
  nameKey: keyof Row
  /**
   * The drafts rows may update, read in one query for the whole sheet (`candidates`), and the
   * import's natural key of a row and of a draft: a row updates the draft with its key.
   */
  candidates: (rows: Row[]) => Where
  key: (row: Row) => string
  keyOf: (doc: Doc) => string
  /** Said of the second of two rows with one key. */
  duplicate: string
  /** Problems between cells of one row (an end before its start). */
  check?: (row: Row, header: (key: keyof Row) => string) => RowProblem[]
  /** A portrait named by file name, found in the zip beside the workbook. */
  photo?: { key: keyof Row; storedName: (doc: Doc) => string | undefined; alt: (row: Row) => string }
  /** The document's data from a row; `changed` names the columns that differ from `existing`. */
  data: (row: Row, existing: Doc | undefined, changed: (key: keyof Row) => boolean, photo?: Id) => object
}

type Planned<Row, Doc> = RowResult & { data?: Row; existing?: Doc }

const idKey = (value: unknown) =>
  value === null || value === undefined
    ? ''
    : String(typeof value === 'object' ? (value as { id: Id }).id : value)

export { idKey }

/** Each row read, checked, and matched to the draft it would update. */
async function plan<R, D, C>(
  importer: Importer<R, D, C>,
  payload: Payload,
  user: StaffUser,
  workbook: Buffer,
  photos: PhotoArchive,
) {
  const { sheet } = importer
  const header = (key: keyof R) => sheet.columns.find((c) => c.key === key)!.header
  const context = await importer.context(payload, user)
  const rows = (await readRows(sheet, workbook)).map(({ row, cells }) => {
    const errors: RowProblem[] = []
    const read = {} as Record<keyof R, unknown>
    for (const column of sheet.columns) {
      const cell = column.read(cells.get(column.header) ?? null, context)
      if ('error' in cell) errors.push({ column: column.header, message: cell.error })
      else read[column.key] = cell.value
    }
    return { row, errors, values: read as R }
  })
  const drafts = await existingDrafts(
    importer,
    payload,
    user,
    rows.filter((r) => !r.errors.length).map((r) => r.values),
  )
  const seen = new Map<string, number>()
  const planned: Planned<R, D>[] = []
  for (const { row, errors, values } of rows) {
    const name = String(values[importer.nameKey] ?? '')
    if (!errors.length) errors.push(...(importer.check?.(values, header) ?? []))
    const key = importer.key(values)
    if (!errors.length && seen.has(key)) {
      errors.push({
        column: header(importer.nameKey),
        message: `与第${seen.get(key)}行重复（${importer.duplicate}）。`,
      })
    }
    const existing = errors.length ? undefined : drafts.get(key)
    const photo = importer.photo
    const photoName = photo ? String(values[photo.key] ?? '') : ''
    // A photo is needed from the zip unless it is the one the draft already has.
    const photoKnown = existing && photo && samePhoto(photo.storedName(existing), photoName)
    if (photo && photoName && !photoKnown && !photos.find(photoName)) {
      errors.push({
        column: header(photo.key),
        message: photos.size
          ? `压缩包里没有“${photoName}”这张照片。`
          : `填写了照片“${photoName}”，请同时上传照片压缩包（.zip）。`,
      })
    }
    if (errors.length) {
      planned.push({ row, name, action: 'error', errors, changes: [] })
      continue
    }
    seen.set(key, row)
    const changes = existing ? changedColumns(importer, existing, values, context) : []
    planned.push({
      row,
      name,
      action: !existing ? 'create' : changes.length ? 'update' : 'unchanged',
      errors,
      changes,
      data: values,
      existing,
    })
  }
  return planned
}

/**
 * The drafts the rows may update, by key, in one query: a query per row kept the database busy
 * for minutes on a long sheet. Where two drafts share a key, the first in the list's order wins.
 */
async function existingDrafts<R, D, C>(
  importer: Importer<R, D, C>,
  payload: Payload,
  user: StaffUser,
  rows: R[],
) {
  const drafts = new Map<string, D>()
  if (!rows.length) return drafts
  const { docs } = await payload.find({
    collection: importer.collection,
    where: importer.candidates(rows),
    draft: true,
    // A portrait's file name tells whether the sheet names the same photo.
    depth: 1,
    limit: 0,
    pagination: false,
    user: user as never,
    overrideAccess: false,
  })
  for (const doc of docs as D[]) {
    const key = importer.keyOf(doc)
    if (!drafts.has(key)) drafts.set(key, doc)
  }
  return drafts
}

/** The columns whose value differs from the draft's, compared as the sheet reads them. */
function changedColumns<R, D, C>(importer: Importer<R, D, C>, existing: D, row: R, context: C) {
  return importer.sheet.columns
    .filter((column) => {
      if (column.key === importer.photo?.key) {
        const name = String(row[column.key] ?? '')
        return Boolean(name) && !samePhoto(importer.photo.storedName(existing), name)
      }
      const stored = column.read(column.write(existing, context) ?? null, context)
      const value = 'value' in stored ? stored.value : undefined
      return JSON.stringify(value ?? null) !== JSON.stringify(row[column.key] ?? null)
    })
    .map((c) => c.header)
}

/** A dry run: nothing is written. */
export async function dryRun<R, D, C>(
  importer: Importer<R, D, C>,
  payload: Payload,
  user: StaffUser,
  workbook: Buffer,
  photos = PhotoArchive.empty(),
): Promise<RowResult[]> {
  return (await plan(importer, payload, user, workbook, photos)).map(
    ({ data: _d, existing: _e, ...result }) => result,
  )
}

/**
 * Write every good row that changes something, each in a transaction of its own, so a row that
 * fails leaves nothing behind and never stops the others. With `submit`, each written draft is sent
 * to review (提交审核) as the officer would; a draft the review check refuses stays a draft, with why.
 */
export async function importRows<R, D, C>(
  importer: Importer<R, D, C>,
  payload: Payload,
  user: StaffUser,
  workbook: Buffer,
  photos = PhotoArchive.empty(),
  {
    submit = false,
    onProgress,
  }: { submit?: boolean; onProgress?: (done: number, total: number) => Promise<void> | void } = {},
): Promise<RowResult[]> {
  const planned = await plan(importer, payload, user, workbook, photos)
  const results: RowResult[] = []
  for (const [i, item] of planned.entries()) {
    const { data, existing, ...result } = item
    if (data && (item.action === 'create' || item.action === 'update')) {
      Object.assign(result, await writeRow(importer, payload, user, data, existing, photos, item.changes))
      if (submit && result.id !== undefined && result.action !== 'error') {
        try {
          await transition(payload, {
            collection: importer.collection,
            id: result.id,
            action: 'submit',
            user,
          })
        } catch (error) {
          result.note = `已保存为草稿，但未能提交审核：${messageOf(error)}`
        }
      }
    }
    results.push(result)
    await onProgress?.(i + 1, planned.length)
  }
  return results
}

async function writeRow<R, D, C>(
  importer: Importer<R, D, C>,
  payload: Payload,
  user: StaffUser,
  row: R,
  existing: D | undefined,
  photos: PhotoArchive,
  changes: string[],
): Promise<Partial<RowResult>> {
  const headerOf = (key: keyof R) => importer.sheet.columns.find((c) => c.key === key)!.header
  const changed = (key: keyof R) => !existing || changes.includes(headerOf(key))
  const req = await createLocalReq({ user: user as never }, payload)
  const owns = await initTransaction(req)
  try {
    const photoName = importer.photo ? String(row[importer.photo.key] ?? '') : ''
    const photo = photoName && changed(importer.photo!.key) ? photos.find(photoName) : undefined
    const picture = photo
      ? (
          await payload.create({
            collection: 'media',
            data: { alt: importer.photo!.alt(row) },
            file: { data: photo.data, mimetype: photo.mimetype, name: photo.name, size: photo.data.length },
            req,
            overrideAccess: false,
            depth: 0,
          })
        ).id
      : undefined
    const data = importer.data(row, existing, changed, picture)
    const options = { req, user: user as never, overrideAccess: false, draft: true, depth: 0 } as const
    const doc = existing
      ? await payload.update({
          collection: importer.collection,
          id: (existing as unknown as { id: Id }).id,
          data: data as never,
          ...options,
        })
      : await payload.create({ collection: importer.collection, data: data as never, ...options })
    if (owns) await commitTransaction(req)
    return { id: doc.id }
  } catch (error) {
    await killTransaction(req)
    return { action: 'error', errors: [{ column: '', message: `未能保存：${messageOf(error)}` }] }
  }
}

/** A Payload error's Chinese message, with each field's own message when it names them. */
function messageOf(error: unknown): string {
  const e = error as { message?: string; data?: { errors?: { message: string }[] } }
  const fields = e.data?.errors?.map((f) => f.message).filter(Boolean)
  return fields?.length ? fields.join('；') : (e.message ?? String(error))
}
