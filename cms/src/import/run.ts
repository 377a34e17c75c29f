/**
 * Importing a workbook of role models: a dry run that says, row by row, what would be created,
 * updated or left as it is and what is wrong (in the officer's words: row, column, problem), and
 * the import itself, which writes each good row on its own, as a draft in the officer's scope.
 */
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type Where,
} from 'payload'

import { isTownshipEditor, type StaffUser, villagesOf } from '../access/roles'
import type { Id } from '../ids'
import type { RoleModel } from '../payload-types'
import { richText } from '../seed/richText'
import { transition } from '../workflow/transition'
import { PhotoArchive, samePhoto } from './photos'
import { type RoleModelContext, type RoleModelRow, roleModelSheet } from './roleModels'
import { readRows } from './sheet'

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

const sheet = roleModelSheet
const header = (key: keyof RoleModelRow) => sheet.columns.find((c) => c.key === key)!.header
const idKey = (value: unknown) =>
  value === null || value === undefined
    ? ''
    : String(typeof value === 'object' ? (value as { id: Id }).id : value)

/** The villages, batches and pictures a sheet is read against, as `user` may use them. */
export async function roleModelContext(payload: Payload, user: StaffUser): Promise<RoleModelContext> {
  const as = { user: user as never, overrideAccess: false, depth: 0, limit: 0, pagination: false } as const
  const villages = (await payload.find({ collection: 'villages', ...as, sort: 'name' })).docs.map((v) => ({
    id: v.id,
    name: v.name,
  }))
  const mine = new Set(villagesOf(user).map(String))
  const batches = (
    await payload.find({ collection: 'selection-batches', ...as, draft: true, sort: '-announcedOn' })
  ).docs
  return {
    villages: isTownshipEditor(user) ? villages : villages.filter((v) => mine.has(String(v.id))),
    allVillages: villages,
    batches: batches.map((b) => ({ id: b.id, title: b.title })),
    townshipWide: isTownshipEditor(user),
    pictureNames: new Map(),
  }
}

type Planned = RowResult & { data?: RoleModelRow; existing?: RoleModel }

/** Each row read, checked, and matched to the draft it would update (key: batch + name + village). */
async function plan(payload: Payload, user: StaffUser, workbook: Buffer, photos: PhotoArchive) {
  const context = await roleModelContext(payload, user)
  const rows = await readRows(sheet, workbook)
  const seen = new Map<string, number>()
  const planned: Planned[] = []
  for (const { row, cells } of rows) {
    const errors: RowProblem[] = []
    const data = {} as Record<keyof RoleModelRow, unknown>
    for (const column of sheet.columns) {
      const read = column.read(cells.get(column.header) ?? null, context)
      if ('error' in read) errors.push({ column: column.header, message: read.error })
      else data[column.key] = read.value
    }
    const values = data as RoleModelRow
    const name = values.name ?? ''
    const key = `${idKey(values.batch)}|${name}|${idKey(values.village)}`
    if (!errors.length && seen.has(key)) {
      errors.push({
        column: header('name'),
        message: `与第${seen.get(key)}行重复（同一批次、同一村、同名）。`,
      })
    }
    const existing = errors.length ? undefined : await findExisting(payload, user, values)
    // A photo is needed from the zip unless it is the portrait the draft already has.
    const photoKnown = existing && samePhoto(pictureName(existing), values.portrait)
    if (values.portrait && !photoKnown && !photos.find(values.portrait)) {
      errors.push({
        column: header('portrait'),
        message: photos.size
          ? `压缩包里没有“${values.portrait}”这张照片。`
          : `填写了照片“${values.portrait}”，请同时上传照片压缩包（.zip）。`,
      })
    }
    if (errors.length) {
      planned.push({ row, name, action: 'error', errors, changes: [] })
      continue
    }
    seen.set(key, row)
    const changes = existing ? changedColumns(existing, values, context) : []
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
  return { planned, context }
}

async function findExisting(payload: Payload, user: StaffUser, row: RoleModelRow) {
  const is = (field: string, value: Id | null): Where =>
    value === null ? { [field]: { exists: false } } : { [field]: { equals: value } }
  const { docs } = await payload.find({
    collection: 'role-models',
    where: { and: [{ name: { equals: row.name } }, is('village', row.village), is('batch', row.batch)] },
    draft: true,
    // Its portrait's file name tells whether the sheet names the same photo.
    depth: 1,
    limit: 1,
    user: user as never,
    overrideAccess: false,
  })
  return docs[0] as RoleModel | undefined
}

/** The columns whose value differs from the draft's, compared as the sheet reads them. */
function changedColumns(existing: RoleModel, row: RoleModelRow, context: RoleModelContext) {
  return sheet.columns
    .filter((column) => {
      if (column.key === 'portrait') {
        return Boolean(row.portrait) && !samePhoto(pictureName(existing), row.portrait)
      }
      const stored = column.read(column.write(existing, context) ?? null, context)
      const value = 'value' in stored ? stored.value : undefined
      return JSON.stringify(value ?? null) !== JSON.stringify(row[column.key] ?? null)
    })
    .map((c) => c.header)
}

const pictureName = (m: RoleModel) =>
  typeof m.portrait === 'object' && m.portrait ? (m.portrait.filename ?? undefined) : undefined

/** A dry run: nothing is written. */
export async function dryRunRoleModels(
  payload: Payload,
  user: StaffUser,
  workbook: Buffer,
  photos = PhotoArchive.empty(),
): Promise<RowResult[]> {
  return (await plan(payload, user, workbook, photos)).planned.map(
    ({ data: _d, existing: _e, ...result }) => result,
  )
}

/**
 * Write every good row that changes something, each in a transaction of its own, so a row that
 * fails leaves nothing behind and never stops the others. With `submit`, each written draft is sent
 * to review (提交审核) as the officer would; a draft the review check refuses stays a draft, with why.
 */
export async function importRoleModels(
  payload: Payload,
  user: StaffUser,
  workbook: Buffer,
  photos = PhotoArchive.empty(),
  {
    submit = false,
    onProgress,
  }: { submit?: boolean; onProgress?: (done: number, total: number) => Promise<void> | void } = {},
): Promise<RowResult[]> {
  const { planned } = await plan(payload, user, workbook, photos)
  const results: RowResult[] = []
  for (const [i, item] of planned.entries()) {
    const { data, existing, ...result } = item
    if (data && (item.action === 'create' || item.action === 'update')) {
      Object.assign(result, await writeRow(payload, user, data, existing, photos, item.changes))
      if (submit && result.id !== undefined && result.action !== 'error') {
        try {
          await transition(payload, { collection: 'role-models', id: result.id, action: 'submit', user })
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

async function writeRow(
  payload: Payload,
  user: StaffUser,
  row: RoleModelRow,
  existing: RoleModel | undefined,
  photos: PhotoArchive,
  changes: string[],
): Promise<Partial<RowResult>> {
  const req = await createLocalReq({ user: user as never }, payload)
  const owns = await initTransaction(req)
  try {
    const photo = row.portrait && changes.includes(header('portrait')) ? photos.find(row.portrait) : undefined
    const freshPhoto = !existing ? (row.portrait ? photos.find(row.portrait) : undefined) : photo
    const portrait = freshPhoto
      ? (
          await payload.create({
            collection: 'media',
            data: { alt: `${row.name}的照片` },
            file: {
              data: freshPhoto.data,
              mimetype: freshPhoto.mimetype,
              name: freshPhoto.name,
              size: freshPhoto.data.length,
            },
            req,
            overrideAccess: false,
            depth: 0,
          })
        ).id
      : undefined
    const data = {
      name: row.name,
      subjectType: row.subjectType,
      category: row.category,
      village: row.village,
      batch: row.batch,
      summary: row.summary,
      // Rewritten only when its words change: a story formatted in the admin keeps its formatting.
      ...(!existing || changes.includes(header('story'))
        ? { story: row.story ? richText(row.story.split('\n').filter((l) => l.trim())) : null }
        : {}),
      honours: row.honours,
      ...(portrait !== undefined ? { portrait } : {}),
      contact: { phone: row.phone, idNumber: row.idNumber, address: row.address },
      consent: {
        ...(existing?.consent ?? {}),
        signer: row.consentSigner,
        signedOn: row.consentSignedOn || null,
        scope: row.consentScope,
      },
    }
    const options = { req, user: user as never, overrideAccess: false, draft: true, depth: 0 } as const
    const doc = existing
      ? await payload.update({ collection: 'role-models', id: existing.id, data: data as never, ...options })
      : await payload.create({ collection: 'role-models', data: data as never, ...options })
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
