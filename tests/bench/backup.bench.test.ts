/**
 * Backup benchmark: `npm run backup` while the CMS has the database open, then `npm run restore`
 * into a fresh folder, on the demo township and with BENCH_SIZES (default 1000,10000) more role
 * models, each with a portrait of its own. Prints the archive's size and both times; asserts
 * that the restored database holds as many role models and pictures, never a time.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { seed } from '@xiangfeng/cms/seed'
import { startCms, type TestCms } from '../helpers/payload'
import { rootDir } from '../helpers/server'
import { timed } from './measure'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-bench-backup-'))
const SIZES = (process.env.BENCH_SIZES || '1000,10000').split(',').map(Number)
let cms: TestCms
const figures: [string, string][] = []

beforeAll(async () => {
  cms = await startCms({ dataDir: path.join(work, 'cms') })
  await seed(cms.payload)
})
afterAll(async () => {
  await cms?.close()
  console.log(`\n乡风 backup benchmark (${os.cpus().length} cores, Node ${process.version})`)
  for (const [name, value] of figures) console.log(`  ${name.padEnd(52)} ${value}`)
  fs.rmSync(work, { recursive: true, force: true })
})

/** Role models, pictures and picture files in a data folder's database. */
async function counts(dir: string) {
  const db = createClient({ url: `file:${path.join(dir, 'test.db')}` })
  const [models, pictures] = await Promise.all(
    ['role_models', 'media'].map(
      async (table) => (await db.execute(`select count(*) from ${table}`)).rows[0][0],
    ),
  )
  db.close()
  return `${models} role models, ${pictures} pictures, ${fs.readdirSync(path.join(dir, 'media')).length} files in media/`
}

/** npm run backup of the running CMS, npm run restore into a fresh folder, and what came back. */
async function backupAndRestore(name: string) {
  const backups = path.join(work, `backups-${name}`)
  const env = (dir: string) => ({
    cwd: rootDir,
    env: {
      ...process.env,
      XIANGFENG_DATA_DIR: dir,
      DATABASE_URL: `file:${path.join(dir, 'test.db')}`,
      XIANGFENG_BACKUP_DIR: backups,
    },
  })
  const script = path.join(rootDir, 'cms', 'scripts', 'backup.mjs')
  const backup = await timed(process.execPath, [script, 'create'], env(cms.dataDir))
  const archive = path.join(backups, fs.readdirSync(backups)[0])
  const size = fs.statSync(archive).size
  const restoredDir = path.join(work, `restored-${name}`)
  const restore = await timed(process.execPath, [script, 'restore', archive], env(restoredDir))
  const [original, restored] = [await counts(cms.dataDir), await counts(restoredDir)]
  expect(restored).toBe(original)
  fs.rmSync(restoredDir, { recursive: true, force: true })
  fs.rmSync(backups, { recursive: true, force: true })
  return (
    `${(size / 1024 / 1024).toFixed(1)} MiB archive in ${backup.seconds.toFixed(1)} s; ` +
    `restore ${restore.seconds.toFixed(1)} s, back: ${restored}`
  )
}

test('the demo township', async () => {
  figures.push(['demo township', await backupAndRestore('demo')])
})

test.each(SIZES)('with %i more role models, each with its own portrait', async (count) => {
  // Written through the database adapter, as copies of a published demo role model with a phone
  // photo of their own (no versions, no admin thumbnails: quicker to make, a little smaller).
  const template = (
    await cms.payload.find({
      collection: 'role-models',
      limit: 1,
      depth: 0,
      where: { _status: { equals: 'published' } },
    })
  ).docs[0]
  const withoutIds = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(withoutIds)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([key]) => key !== 'id')
              .map(([key, v]) => [key, withoutIds(v)]),
          )
        : value
  const { createdAt: _c, updatedAt: _u, ...fields } = withoutIds(template) as Record<string, unknown>
  const existing = (await cms.payload.count({ collection: 'role-models' })).totalDocs
  for (let i = existing; i < existing + count; i++) {
    const filename = `backup-bench-${i}.jpg`
    const file = path.join(cms.dataDir, 'media', filename)
    // Softened noise: a JPEG about the size of a cropped phone portrait, not a flat colour's few KB.
    await sharp(randomBytes(400 * 500 * 3), { raw: { width: 400, height: 500, channels: 3 } })
      .blur(1.5)
      .jpeg({ quality: 80 })
      .toFile(file)
    const picture = await cms.payload.db.create({
      collection: 'media',
      data: {
        alt: `照片${i}`,
        filename,
        mimeType: 'image/jpeg',
        filesize: fs.statSync(file).size,
        width: 400,
        height: 500,
      },
    })
    await cms.payload.db.create({
      collection: 'role-models',
      data: { ...fields, name: `${template.name}${i}`, slug: `${template.slug}-${i}`, portrait: picture.id },
    })
  }
  figures.push([`demo + ${count} role models with portraits`, await backupAndRestore(String(count))])
})
