/**
 * `npm run backup` and `npm run restore` (cms/scripts/backup.mjs) as an IT contact runs them,
 * against a real Payload's database that stays open (and is written to) while they run: the SQLite
 * file, in the `postgres` project a PostgreSQL database, in the `mongodb` project a MongoDB
 * database (on a server, each restore into a database of its own).
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Db } from 'mongodb'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { astroBuild } from '@xiangfeng/cms/publish/pipeline'
import { onePagePdf } from '../helpers/fixtures'
import { startCms, testDatabase, type TestCms } from '../helpers/payload'
import { postgresAt } from '../helpers/postgres'
import { freePort, prepare, rootDir } from '../helpers/server'
import { filesUnder, sharedImageCache } from '../helpers/site'

let cms: TestCms
let work: string
let archive: string
const mongoDatabases: string[] = []
const postgres = testDatabase === 'postgres' ? postgresAt(inject('postgresPort')) : undefined
const postgresDatabases = new Set<string>()

/**
 * The database of a data folder: the CMS's own, or a fresh one (SQLite file, PostgreSQL or
 * MongoDB database).
 */
async function databaseUrlOf(dataDir: string) {
  if (dataDir === cms.dataDir) return cms.databaseUrl
  if (testDatabase === 'sqlite') return `file:${path.join(dataDir, 'test.db')}`
  if (postgres) {
    const name = `restore_${process.pid}_${path.basename(dataDir).replace(/\W/g, '_')}`
    if (!postgresDatabases.has(name)) await postgres.query(`CREATE DATABASE ${name}`)
    postgresDatabases.add(name)
    return postgres.url(name)
  }
  const url = new URL(process.env.MONGODB_URL!)
  url.pathname = `/xiangfeng-restore-${process.pid}-${path.basename(dataDir)}`
  mongoDatabases.push(url.toString())
  return url.toString()
}

/** `work` on the MongoDB database at `url`, with a client of its own. */
async function inMongo<T>(url: string, work: (db: Db) => Promise<T>) {
  const { MongoClient } = await import('mongodb')
  const client = await MongoClient.connect(url)
  try {
    return await work(client.db())
  } finally {
    await client.close()
  }
}

/** The command as `npm run backup` / `npm run restore --` runs it, on the given data folder. */
async function backupCommand(args: string[], dataDir: string, env: Record<string, string> = {}) {
  const databaseUrl = await databaseUrlOf(dataDir)
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(rootDir, 'cms', 'scripts', 'backup.mjs'), ...args], {
      env: {
        ...process.env,
        XIANGFENG_DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl,
        XIANGFENG_BACKUP_DIR: path.join(work, 'backups'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout!.on('data', (chunk) => (output += chunk))
    child.stderr!.on('data', (chunk) => (output += chunk))
    child.once('exit', (code) => resolve({ code, output }))
  })
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')
/** Every file under `dir` by its path inside, with its checksum. */
const tree = (dir: string) =>
  Object.fromEntries(filesUnder(dir).map((file) => [path.relative(dir, file), sha(file)]))

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-backup-'))
  cms = await startCms({ seeded: true })
  // A notice's PDF: the uploads are pictures and attachments.
  const pdf = onePagePdf()
  await cms.payload.create({
    collection: 'attachments',
    data: { title: '停水通知（盖章版）' },
    file: { data: pdf, mimetype: 'application/pdf', name: 'ting-shui.pdf', size: pdf.length },
  })
  const made = await backupCommand(['create'], cms.dataDir)
  expect(made.code, made.output).toBe(0)
  archive = path.join(work, 'backups', fs.readdirSync(path.join(work, 'backups'))[0])
})
afterAll(async () => {
  for (const url of new Set(mongoDatabases)) await inMongo(url, (db) => db.dropDatabase())
  for (const name of postgresDatabases) await postgres!.query(`DROP DATABASE ${name} WITH (FORCE)`)
  await cms?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

test('a backup taken while the CMS runs restores on a fresh folder to the same documents, users and pictures, and the same portal byte for byte', async () => {
  const restored = path.join(work, 'restored')
  const back = await backupCommand(['restore', archive], restored)
  expect(back.code, back.output).toBe(0)
  expect(tree(path.join(restored, 'media'))).toEqual(tree(path.join(cms.dataDir, 'media')))
  expect(Object.keys(tree(path.join(restored, 'media'))).length).toBeGreaterThan(20)
  // The demo's notice PDF and this suite's own.
  expect(Object.keys(tree(path.join(restored, 'files'))).sort()).toEqual(
    ['ting-shui.pdf', '关于冬春季森林防火期严禁野外用火的通告.pdf'].sort(),
  )
  expect(tree(path.join(restored, 'files'))).toEqual(tree(path.join(cms.dataDir, 'files')))

  await prepare('export', cms.dataDir, await databaseUrlOf(cms.dataDir))
  await prepare('export', restored, await databaseUrlOf(restored))
  const read = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'documents.json'), 'utf8'))
  const [original, copy] = [read(cms.dataDir), read(restored)]
  expect(copy).toEqual(original)
  expect(original.users.map((u: { email: string }) => u.email)).toContain('qingxi@yunxi.example')
  expect(original['role-models'].length).toBeGreaterThan(10)
  // A restored user signs in with the password they had.
  const login = await cms.payload.login({
    collection: 'users',
    data: { email: 'qingxi@yunxi.example', password: 'yunxi-demo-2026' },
  })
  expect(login.user?.email).toBe('qingxi@yunxi.example')

  const [a, b] = [path.join(work, 'portal-original'), path.join(work, 'portal-restored')]
  await astroBuild(path.join(cms.dataDir, 'snapshot'), a, { imageCache: sharedImageCache, buildId: 'same' })
  await astroBuild(path.join(restored, 'snapshot'), b, { imageCache: sharedImageCache, buildId: 'same' })
  const [builtA, builtB] = [tree(a), tree(b)]
  expect(Object.keys(builtA).length).toBeGreaterThan(50)
  expect(builtB).toEqual(builtA)
}, 240_000)

test('a backup while the CMS is writing is one consistent database', async () => {
  let writing = true
  let written = 0
  const writer = (async () => {
    while (writing && written < 5000) {
      await cms.payload.create({ collection: 'townships', data: { name: `写入中镇${written++}` } })
    }
  })()
  const made = await backupCommand(['create'], cms.dataDir, { XIANGFENG_BACKUP_DIR: path.join(work, 'busy') })
  writing = false
  await writer
  expect(made.code, made.output).toBe(0)
  expect(written).toBeGreaterThan(0)
  const restored = path.join(work, 'restored-busy')
  const busy = path.join(work, 'busy', fs.readdirSync(path.join(work, 'busy'))[0])
  expect((await backupCommand(['restore', busy], restored)).code).toBe(0)
  if (testDatabase === 'sqlite') {
    const db = createClient({ url: `file:${path.join(restored, 'test.db')}` })
    expect((await db.execute('PRAGMA integrity_check')).rows[0][0]).toBe('ok')
    db.close()
  } else if (postgres) {
    // One snapshot: the townships were written one after another, so a consistent copy holds the
    // first k of them and no gap (pg_restore's one transaction also checked every reference).
    const rows = await postgres.query(
      `SELECT name FROM townships WHERE name LIKE '写入中镇%'`,
      new URL(await databaseUrlOf(restored)).pathname.slice(1),
    )
    const numbers = rows.map((r) => Number(String(r.name).slice('写入中镇'.length))).sort((a, b) => a - b)
    expect(numbers.length).toBeGreaterThan(0)
    expect(numbers).toEqual(numbers.map((_, i) => i))
  } else {
    // One snapshot: every township the archive lists was restored, and nothing else.
    const unpacked = path.join(work, 'unpacked-busy')
    fs.mkdirSync(unpacked)
    await tar.extract({ file: busy, cwd: unpacked })
    const lines = fs
      .readFileSync(path.join(unpacked, 'database', 'townships.ejson'), 'utf8')
      .trim()
      .split('\n')
    const restoredCount = await inMongo(await databaseUrlOf(restored), (db) =>
      db.collection('townships').countDocuments(),
    )
    expect(restoredCount).toBe(lines.length)
  }
}, 120_000)

const servers = [
  { kind: 'mongodb', name: 'MongoDB', at: (port: number) => `mongodb://127.0.0.1:${port}/xiangfeng` },
  {
    kind: 'postgres',
    name: 'PostgreSQL',
    at: (port: number) => `postgres://postgres@127.0.0.1:${port}/xiangfeng`,
  },
]

test.each(servers)(
  'a $name that does not answer: backup and restore refuse in Chinese and English, and leave nothing',
  async ({ kind, name, at }) => {
    const closed = at(await freePort())
    const dir = path.join(work, `unreachable-${kind}`)
    const made = await backupCommand(['create'], dir, { DATABASE_URL: closed, XIANGFENG_BACKUP_DIR: dir })
    expect(made.code, made.output).toBe(2)
    expect(made.output).toContain(`连不上 ${name}，未做任何改动`)
    expect(made.output).toContain(`Cannot reach ${name}`)
    expect(fs.readdirSync(dir)).toEqual([])
    const target = path.join(work, `unreachable-restore-${kind}`)
    const back = await backupCommand(['restore', archive], target, { DATABASE_URL: closed })
    expect(back.code, back.output).toBe(2)
    // The archive is of another kind, or the server does not answer: either way, refused.
    expect(back.output).toContain(
      testDatabase === kind ? `连不上 ${name}` : `这份备份的数据库是 ${testDatabase}`,
    )
    expect(fs.existsSync(target)).toBe(false)
  },
  60_000,
)

test('keeps the newest XIANGFENG_BACKUP_KEEP archives and removes older ones', async () => {
  const dir = path.join(work, 'kept')
  const names: string[] = []
  for (let i = 0; i < 3; i++) {
    const made = await backupCommand(['create'], cms.dataDir, {
      XIANGFENG_BACKUP_DIR: dir,
      XIANGFENG_BACKUP_KEEP: '2',
    })
    expect(made.code, made.output).toBe(0)
    names.push(made.output.match(/xiangfeng-backup-[0-9T-]+Z\.tar\.gz/)![0])
  }
  expect(fs.readdirSync(dir).sort()).toEqual(names.slice(1).sort())
}, 120_000)

describe('restore refuses, and touches nothing', () => {
  /** The archive unpacked, changed by `edit`, and packed again with its manifest as it was. */
  async function tampered(name: string, edit: (dir: string) => void) {
    const dir = path.join(work, `unpacked-${name}`)
    fs.mkdirSync(dir)
    await tar.extract({ file: archive, cwd: dir })
    edit(dir)
    const file = path.join(work, `${name}.tar.gz`)
    await tar.create({ gzip: true, file, cwd: dir }, fs.readdirSync(dir))
    return file
  }

  async function refused(file: string, message: string) {
    const target = path.join(work, `target-${path.basename(file)}`)
    const { code, output } = await backupCommand(['restore', file], target)
    expect(code, output).toBe(2)
    expect(output).toContain(message)
    expect(fs.existsSync(target)).toBe(false)
    expect(fs.readdirSync(work).filter((entry) => entry.startsWith('.xiangfeng-restore-'))).toEqual([])
    return output
  }

  test('a damaged archive', async () => {
    const file = path.join(work, 'damaged.tar.gz')
    const bytes = fs.readFileSync(archive)
    bytes[Math.floor(bytes.length / 2)] ^= 0xff
    fs.writeFileSync(file, bytes)
    await refused(file, '备份文件已损坏')
  })

  test('a cut-off archive', async () => {
    const file = path.join(work, 'cut.tar.gz')
    fs.writeFileSync(file, fs.readFileSync(archive).subarray(0, 20_000))
    await refused(file, '备份文件已损坏')
  })

  test('a picture changed after the backup', async () => {
    const file = await tampered('changed', (dir) => {
      const picture = filesUnder(path.join(dir, 'media'))[0]
      fs.appendFileSync(picture, 'x')
    })
    expect(await refused(file, '备份文件与清单不符')).toContain('校验不符 changed: media/')
  })

  test('a file the manifest does not list', async () => {
    const file = await tampered('extra', (dir) =>
      fs.writeFileSync(path.join(dir, 'media', 'evil.html'), '<script>'),
    )
    expect(await refused(file, '备份文件与清单不符')).toContain(
      '清单外的文件 not in the manifest: media/evil.html',
    )
  })

  test.runIf(testDatabase === 'sqlite')(
    'a folder that already holds data, unless --replace, which keeps the old renamed',
    async () => {
      const occupied = path.join(work, 'occupied')
      fs.mkdirSync(occupied)
      fs.writeFileSync(path.join(occupied, 'test.db'), 'the data that was here')
      const { code, output } = await backupCommand(['restore', archive], occupied)
      expect(code, output).toBe(2)
      expect(output).toContain('这里已经有数据')
      expect(fs.readFileSync(path.join(occupied, 'test.db'), 'utf8')).toBe('the data that was here')

      const replaced = await backupCommand(['restore', archive, '--replace'], occupied)
      expect(replaced.code, replaced.output).toBe(0)
      const kept = fs.readdirSync(occupied).find((entry) => entry.startsWith('test.db.before-restore-'))!
      expect(fs.readFileSync(path.join(occupied, kept), 'utf8')).toBe('the data that was here')
      expect(sha(path.join(occupied, 'test.db'))).not.toBe(sha(path.join(occupied, kept)))
    },
  )

  test.runIf(testDatabase === 'mongodb')(
    'a database that already holds data, unless --replace, which keeps the old collections renamed',
    async () => {
      const target = path.join(work, 'occupied-mongodb')
      expect((await backupCommand(['restore', archive], target)).code).toBe(0)
      fs.rmSync(target, { recursive: true })
      const again = await backupCommand(['restore', archive], target)
      expect(again.code, again.output).toBe(2)
      expect(again.output).toContain('这里已经有数据')
      const replaced = await backupCommand(['restore', archive, '--replace'], target)
      expect(replaced.code, replaced.output).toBe(0)
      const names = await inMongo(await databaseUrlOf(target), async (db) =>
        (await db.listCollections().toArray()).map((c) => c.name),
      )
      expect(names).toContain('role-models')
      expect(names.some((name) => name.startsWith('role-models.before-restore-'))).toBe(true)
    },
  )

  test.runIf(testDatabase === 'postgres')(
    'a database that already holds data, unless --replace, which keeps the old tables in a renamed schema',
    async () => {
      const target = path.join(work, 'occupied-postgres')
      expect((await backupCommand(['restore', archive], target)).code).toBe(0)
      fs.rmSync(target, { recursive: true })
      const again = await backupCommand(['restore', archive], target)
      expect(again.code, again.output).toBe(2)
      expect(again.output).toContain('这里已经有数据')
      const replaced = await backupCommand(['restore', archive, '--replace'], target)
      expect(replaced.code, replaced.output).toBe(0)
      const database = new URL(await databaseUrlOf(target)).pathname.slice(1)
      const tables = await postgres!.query(
        `SELECT schemaname FROM pg_tables WHERE tablename = 'role_models' ORDER BY 1`,
        database,
      )
      expect(tables.map((t) => t.schemaname)).toEqual([
        'public',
        expect.stringMatching(/^public_before_restore_/),
      ])
    },
  )

  test('an archive of the other kind of database', async () => {
    const other = testDatabase === 'sqlite' ? 'mongodb' : 'sqlite'
    const file = await tampered('other-kind', (dir) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
      fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, database: other }))
    })
    expect(await refused(file, `这份备份的数据库是 ${other}`)).toContain(`DATABASE_URL 指向 ${testDatabase}`)
  })
})
