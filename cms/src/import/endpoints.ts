/**
 * The Excel endpoints of an importable collection, for the staff who write its content:
 *   GET  /api/<collection>/import-template  the template, its drop-down lists from the live vocabularies
 *   POST /api/<collection>/import           a workbook (and a .zip of photos): a dry run, or the import queued
 *   GET  /api/<collection>/import/<id>      the import's progress and, when done, each row's result
 *   GET  /api/<collection>/export           the list as the admin shows it (its filters), as the template
 * and for a collection that only exports (policy explainers), the last alone.
 */
import {
  APIError,
  type CollectionSlug,
  type Endpoint,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'

import { hasRole, type StaffUser, staffUser } from '../access/roles'
import { parseId } from '../ids'
import { dryRun, type Importer } from './importer'
import { queueImport } from './job'
import { PhotoArchive } from './photos'
import { readRows, type Sheet, templateWorkbook, WorkbookError } from './sheet'

const errorResponse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const MAX_WORKBOOK_BYTES = 10 * 1024 * 1024
const MAX_PHOTOS_BYTES = 300 * 1024 * 1024

/** Those who write content: township editors and village officers (reviewers only review). */
export const mayImport = (user: StaffUser | null | undefined) =>
  hasRole(user, 'admin', 'township-editor', 'village-officer')

const writer = (req: PayloadRequest): StaffUser | Response => {
  const user = staffUser(req)
  if (!user) return errorResponse(401, '请先登录。')
  if (!mayImport(user)) return errorResponse(403, '只有镇宣传干事和村信息员可以导入或导出。')
  return user
}

async function workbookResponse(workbook: Awaited<ReturnType<typeof templateWorkbook>>, fileName: string) {
  const data = await workbook.xlsx.writeBuffer()
  return new Response(data as ArrayBuffer, {
    headers: {
      'Content-Type': XLSX,
      'Content-Disposition': `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'Cache-Control': 'no-store',
    },
  })
}

async function fileOf(form: FormData, name: string, max: number, what: string) {
  const value = form.get(name)
  if (value === null || typeof value === 'string' || value.size === 0) return undefined
  if (value.size > max)
    throw new WorkbookError(`${what}超过${Math.round(max / 1024 / 1024)} MB，请分批上传。`)
  return Buffer.from(await value.arrayBuffer())
}

export function excelEndpoints<R, D, C>(importer: Importer<R, D, C>): Endpoint[] {
  const template: Endpoint = {
    path: '/import-template',
    method: 'get',
    handler: async (req) => {
      const user = writer(req)
      if (user instanceof Response) return user
      const context = await importer.context(req.payload, user)
      return workbookResponse(await templateWorkbook(importer.sheet, context), importer.files.template)
    },
  }

  const importRows: Endpoint = {
    path: '/import',
    method: 'post',
    handler: async (req) => {
      const user = writer(req)
      if (user instanceof Response) return user
      let form: FormData
      try {
        form = (await req.formData?.()) as FormData
        if (!form) throw new Error('no body')
      } catch {
        return errorResponse(400, '请以表单方式上传 Excel 文件（multipart/form-data）。')
      }
      try {
        const workbook = await fileOf(form, 'workbook', MAX_WORKBOOK_BYTES, 'Excel 文件')
        if (!workbook) return errorResponse(400, '请选择要导入的 Excel 文件（.xlsx）。')
        const zip = importer.photo ? await fileOf(form, 'photos', MAX_PHOTOS_BYTES, '照片压缩包') : undefined
        const photos = zip ? PhotoArchive.read(zip) : PhotoArchive.empty()
        if (form.get('mode') === 'import') {
          // A file that cannot be read is refused now, not by a job the officer waits on.
          await readRows(importer.sheet, workbook)
          const upload = form.get('workbook') as File
          const record = await queueImport(req.payload, user, {
            collection: importer.collection,
            workbook,
            photos: zip,
            fileName: upload.name.slice(0, 200),
            submit: form.get('submit') === 'yes',
          })
          return Response.json({ importId: record.id }, { status: 202 })
        }
        return Response.json({ rows: await dryRun(importer, req.payload, user, workbook, photos) })
      } catch (error) {
        if (error instanceof WorkbookError) return errorResponse(400, error.message)
        throw error
      }
    },
  }

  const importStatus: Endpoint = {
    path: '/import/:id',
    method: 'get',
    handler: async (req) => {
      const user = writer(req)
      if (user instanceof Response) return user
      const id = parseId(req.payload, req.routeParams?.id)
      if (id === undefined) return errorResponse(404, '找不到这次导入。')
      const record = await req.payload.findByID({
        collection: 'imports',
        id,
        depth: 0,
        user: user as never,
        overrideAccess: false,
        disableErrors: true,
      })
      if (!record || record.kind !== importer.collection) return errorResponse(404, '找不到这次导入。')
      return Response.json({
        status: record.status,
        done: record.done ?? 0,
        total: record.total ?? 0,
        rows: record.status === 'done' ? record.results : undefined,
        error:
          record.status === 'failed'
            ? `导入没有完成（已处理${record.done ?? 0}行）。已导入的行都保存为草稿；请重新导入同一文件，已导入的行会显示“无变化”。如仍失败，请联系系统管理员。`
            : undefined,
      })
    },
  }

  return [
    template,
    importRows,
    importStatus,
    exportEndpoint({
      collection: importer.collection,
      sheet: importer.sheet,
      context: importer.context,
      fileName: importer.files.export,
    }),
  ]
}

/** GET /api/<collection>/export: the list as the admin shows it (its filters and order), as a workbook. */
export function exportEndpoint<R, D, C>({
  collection,
  sheet,
  context,
  fileName,
}: {
  collection: CollectionSlug
  sheet: Sheet<R, D, C>
  context: (payload: Payload, user: StaffUser) => Promise<C>
  fileName: string
}): Endpoint {
  return {
    path: '/export',
    method: 'get',
    handler: async (req) => {
      const user = writer(req)
      if (user instanceof Response) return user
      const { where, sort } = (req.query ?? {}) as { where?: Where; sort?: string }
      let docs: D[]
      try {
        docs = (
          await req.payload.find({
            collection,
            where: where && typeof where === 'object' ? where : undefined,
            sort: typeof sort === 'string' ? sort : undefined,
            draft: true,
            // Relations as documents: a portrait's file name goes into the sheet.
            depth: 1,
            limit: 0,
            pagination: false,
            user: user as never,
            overrideAccess: false,
          })
        ).docs as D[]
      } catch (error) {
        if (error instanceof APIError && error.status < 500) return errorResponse(400, '筛选条件无效。')
        throw error
      }
      return workbookResponse(await templateWorkbook(sheet, await context(req.payload, user), docs), fileName)
    },
  }
}
