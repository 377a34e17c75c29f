/**
 * Imports run on the jobs queue, so a workbook of 88 rows with photos does not hold an HTTP
 * request open; the admin polls the import's record for progress.
 */
import { type ImportedType, type ReviewedCollection, typeOfCollection } from '@xiangfeng/content-schema'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload, TaskConfig } from 'payload'

import type { StaffUser } from '../access/roles'
import { findEvery } from '../find'
import type { Id } from '../ids'
import type { Import } from '../payload-types'
import { dataDir } from '../paths'
import { RUNNER, runnerGone } from '../runner'
import { importRows } from './importer'
import { importers } from './kinds'
import { PhotoArchive } from './photos'

/** The uploaded files of an import, kept only until it ends: they hold phone and ID numbers. */
const filesOf = (id: Id) => path.join(dataDir(), 'imports', String(id))

/** Store the files and queue the import; it starts at once on a server that runs jobs. */
export async function queueImport(
  payload: Payload,
  user: StaffUser,
  files: {
    collection: ReviewedCollection
    workbook: Buffer
    photos?: Buffer
    fileName: string
    submit: boolean
  },
) {
  const record = await payload.create({
    collection: 'imports',
    data: {
      kind: files.collection as 'role-models',
      fileName: files.fileName,
      status: 'queued',
      submit: files.submit,
      createdBy: user.id as never,
    },
    overrideAccess: true,
  })
  const dir = filesOf(record.id)
  await fs.mkdir(dir, { recursive: true })
  await fs.writeFile(path.join(dir, 'workbook.xlsx'), files.workbook)
  if (files.photos) await fs.writeFile(path.join(dir, 'photos.zip'), files.photos)
  await payload.jobs.queue({ task: 'importRows', queue: 'import', input: { importId: String(record.id) } })
  runImportsSoon(payload)
  return record
}

export function runImportsSoon(payload: Payload) {
  if (process.env.XIANGFENG_JOBS === 'off') return
  setTimeout(() => {
    payload.jobs
      .run({ queue: 'import' })
      .catch((error) => payload.logger.error(`Import run failed: ${error}`))
  }, 100)
}

/** Run one queued import as the officer who started it, recording progress row by row. */
export async function runImport(payload: Payload, importId: Id) {
  const record = await payload.findByID({
    collection: 'imports',
    id: importId,
    depth: 0,
    overrideAccess: true,
  })
  const set = (data: Record<string, unknown>) =>
    payload.update({ collection: 'imports', id: importId, data, overrideAccess: true, depth: 0 })
  const dir = filesOf(importId)
  try {
    const user = (await payload.findByID({
      collection: 'users',
      id: record.createdBy as Id,
      depth: 0,
      overrideAccess: true,
    })) as unknown as StaffUser
    user.collection = 'users'
    const workbook = await fs.readFile(path.join(dir, 'workbook.xlsx'))
    const zip = await fs.readFile(path.join(dir, 'photos.zip')).catch(() => undefined)
    await set({ status: 'running', runner: RUNNER })
    const importer = importers[typeOfCollection(record.kind) as ImportedType]
    const results = await importRows(
      importer,
      payload,
      user,
      workbook,
      zip ? PhotoArchive.read(zip) : PhotoArchive.empty(),
      {
        submit: Boolean(record.submit),
        onProgress: async (done, total) => {
          await set({ done, total })
        },
      },
    )
    await set({ status: 'done', results, finishedAt: new Date().toISOString() })
    payload.logger.info(
      `Import ${importId}: ${results.length} rows, ${results.filter((r) => r.action === 'error').length} with errors`,
    )
  } catch (error) {
    payload.logger.error(`Import ${importId} failed: ${error}`)
    await set({
      status: 'failed',
      error: error instanceof Error ? error.message : String(error),
      finishedAt: new Date().toISOString(),
    })
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

/**
 * At start-up: an import whose process on this machine is gone would stay 导入中 for ever. Say it
 * stopped (the rows written before are drafts; importing the file again skips them as 无变化) and
 * delete its files.
 */
export async function recoverInterruptedImports(payload: Payload) {
  const running = await findEvery<Import>(payload, 'imports', { where: { status: { equals: 'running' } } })
  const dead = running.filter((record) => runnerGone(record.runner))
  for (const record of dead) {
    await payload.update({
      collection: 'imports',
      id: record.id,
      data: {
        status: 'failed',
        error: 'The server restarted during the import.',
        finishedAt: new Date().toISOString(),
      },
      overrideAccess: true,
    })
    await fs.rm(filesOf(record.id), { recursive: true, force: true })
  }
  return dead.length
}

export const importTask: TaskConfig<'importRows'> = {
  slug: 'importRows',
  label: 'Excel 导入',
  inputSchema: [{ name: 'importId', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const id = req.payload.db.defaultIDType === 'number' ? Number(input.importId) : input.importId
    await runImport(req.payload, id)
    return { output: {} }
  },
}
