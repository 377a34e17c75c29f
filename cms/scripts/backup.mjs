// `npm run backup`: one archive of everything a township cannot make again — the database (a
// consistent copy, taken while the CMS runs) and the uploads (pictures, notices' PDFs) — with a manifest of
// checksums; keeps the newest XIANGFENG_BACKUP_KEEP (14) in XIANGFENG_BACKUP_DIR (data/backups).
// `npm run restore -- <archive> [--replace]`: checks the whole archive before touching anything,
// then puts the database and the pictures in place. Portal builds are not kept: npm start or a
// publish makes them again from the restored content.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import * as tar from 'tar'

import { filesUnder, rootDir } from './lib.mjs'

const FORMAT = 'xiangfeng-backup/1'
const dataDir = path.resolve(process.env.XIANGFENG_DATA_DIR || path.join(rootDir, 'data'))
const backupDir = path.resolve(process.env.XIANGFENG_BACKUP_DIR || path.join(dataDir, 'backups'))
const keep = Math.max(1, Number(process.env.XIANGFENG_BACKUP_KEEP || 14))
/** The upload folders: pictures (media) and attachments (files), as the collections store them. */
const uploadDirs = ['media', 'files']

class Refused extends Error {}

/** The SQLite file DATABASE_URL names (the embedded default when unset). */
function databaseFile() {
  const url = process.env.DATABASE_URL?.trim()
  if (!url) return path.join(dataDir, 'xiangfeng.db')
  if (url.startsWith('file:')) return path.resolve(url.slice('file:'.length))
  throw new Refused(
    '备份与恢复目前只支持内置的 SQLite 数据库；MongoDB 请用 mongodump / mongorestore。\n' +
      'npm run backup and restore handle the embedded SQLite database only; use mongodump / mongorestore for MongoDB.',
  )
}

function checksum(file) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

async function backup() {
  const started = Date.now()
  const dbFile = databaseFile()
  if (!fs.existsSync(dbFile)) throw new Refused(`找不到数据库文件 ${dbFile}。No database at ${dbFile}.`)
  fs.mkdirSync(backupDir, { recursive: true })
  const staging = fs.mkdtempSync(path.join(backupDir, '.staging-'))
  try {
    fs.mkdirSync(path.join(staging, 'database'))
    // One read transaction: a consistent copy while the CMS goes on writing. The database first,
    // then the uploads: a file uploaded in between is only an extra file.
    const client = createClient({ url: `file:${dbFile}` })
    await client.execute('PRAGMA busy_timeout = 10000')
    const copy = path.join(staging, 'database', 'xiangfeng.db')
    await client.execute({ sql: 'VACUUM INTO ?', args: [copy] })
    client.close()
    for (const dir of uploadDirs)
      if (fs.existsSync(path.join(dataDir, dir)))
        fs.cpSync(path.join(dataDir, dir), path.join(staging, dir), { recursive: true })
    const files = [...filesUnder(staging)].map((file) => ({
      path: path.relative(staging, file).split(path.sep).join('/'),
      size: fs.statSync(file).size,
      sha256: checksum(file),
    }))
    const createdAt = new Date().toISOString()
    const manifest = { format: FORMAT, createdAt, database: 'sqlite', files }
    fs.writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2))
    const name = `xiangfeng-backup-${createdAt.replace(/[:.]/g, '-')}.tar.gz`
    const archive = path.join(backupDir, name)
    // Written aside and renamed: an archive that is there is whole.
    await tar.create({ gzip: true, file: `${archive}.partial`, cwd: staging, portable: true }, [
      'manifest.json',
      ...fs.readdirSync(staging).filter((entry) => entry !== 'manifest.json'),
    ])
    fs.renameSync(`${archive}.partial`, archive)
    const old = fs
      .readdirSync(backupDir)
      .filter((entry) => /^xiangfeng-backup-.*\.tar\.gz$/.test(entry))
      .sort()
      .slice(0, -keep)
    for (const entry of old) fs.rmSync(path.join(backupDir, entry))
    const size = fs.statSync(archive).size
    console.log(
      `Backup written: ${archive} (${(size / 1024 / 1024).toFixed(1)} MiB, ${files.length} files, ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s); ${old.length} older removed, keeping ${keep}.`,
    )
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/** Unpack and check every file against the manifest; any difference refuses the archive. */
async function unpackChecked(archive, staging) {
  try {
    await tar.extract({
      file: archive,
      cwd: staging,
      strict: true,
      // Plain files and folders only: no links that could point outside.
      filter: (_, entry) => entry.type === 'File' || entry.type === 'Directory',
    })
  } catch (error) {
    throw new Refused(`备份文件已损坏，无法解开：${error.message}\nThe archive is damaged: ${error.message}`)
  }
  const manifestFile = path.join(staging, 'manifest.json')
  let manifest
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
  } catch {
    throw new Refused('备份文件里没有可读的清单（manifest.json）。The archive has no readable manifest.')
  }
  if (manifest.format !== FORMAT || !Array.isArray(manifest.files))
    throw new Refused(`不认识的备份格式：${manifest.format}。Unknown backup format ${manifest.format}.`)
  const problems = []
  const listed = new Set()
  for (const { path: name, size, sha256 } of manifest.files) {
    listed.add(name)
    const file = path.join(staging, name)
    if (!fs.existsSync(file)) problems.push(`缺少 missing: ${name}`)
    else if (fs.statSync(file).size !== size || checksum(file) !== sha256)
      problems.push(`校验不符 changed: ${name}`)
  }
  for (const file of filesUnder(staging)) {
    const name = path.relative(staging, file).split(path.sep).join('/')
    if (name !== 'manifest.json' && !listed.has(name))
      problems.push(`清单外的文件 not in the manifest: ${name}`)
  }
  if (!listed.has('database/xiangfeng.db')) problems.push('缺少数据库 missing: database/xiangfeng.db')
  if (problems.length)
    throw new Refused(
      `备份文件与清单不符，未做任何改动。The archive does not match its manifest:\n  ${problems.join('\n  ')}`,
    )
  return manifest
}

async function restore(archive, { replace }) {
  if (!archive || !fs.existsSync(archive))
    throw new Refused(`找不到备份文件 ${archive ?? ''}。Usage: npm run restore -- <archive> [--replace]`)
  const dbFile = databaseFile()
  const present = [dbFile, ...uploadDirs.map((dir) => path.join(dataDir, dir))].filter((p) =>
    fs.existsSync(p),
  )
  if (present.length && !replace)
    throw new Refused(
      `这里已经有数据（${present.join('，')}），未做任何改动；确认要替换请加 --replace（原数据会改名保留）。\n` +
        `Data is already here (${present.join(', ')}); nothing changed. Add --replace to replace it (the old is kept, renamed).`,
    )
  // Unpacked beside the data folder (the same disk, so the moves below are renames).
  const staging = fs.mkdtempSync(path.join(path.dirname(dataDir), '.xiangfeng-restore-'))
  try {
    const manifest = await unpackChecked(path.resolve(archive), staging)
    // Only now, with the whole archive checked, is anything here touched.
    fs.mkdirSync(dataDir, { recursive: true })
    fs.mkdirSync(path.dirname(dbFile), { recursive: true })
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const uploads = uploadDirs.map((dir) => path.join(dataDir, dir))
    for (const p of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, ...uploads])
      if (fs.existsSync(p)) fs.renameSync(p, `${p}.before-restore-${stamp}`)
    fs.renameSync(path.join(staging, 'database', 'xiangfeng.db'), dbFile)
    for (const dir of uploadDirs)
      if (fs.existsSync(path.join(staging, dir)))
        fs.renameSync(path.join(staging, dir), path.join(dataDir, dir))
    console.log(
      `Restored the backup of ${manifest.createdAt} into ${dataDir} (${manifest.files.length} files). ` +
        'npm start builds the portal from it.',
    )
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

const [command, ...args] = process.argv.slice(2)
try {
  if (command === 'create') await backup()
  else if (command === 'restore')
    await restore(
      args.find((a) => !a.startsWith('--')),
      { replace: args.includes('--replace') },
    )
  else throw new Refused('Usage: backup.mjs create | restore <archive> [--replace]')
} catch (error) {
  if (!(error instanceof Refused)) throw error
  console.error(error.message)
  process.exit(2)
}
