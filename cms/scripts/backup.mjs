// `npm run backup`: one archive of everything a township cannot make again — the database (a
// consistent copy, taken while the CMS runs: SQLite's VACUUM INTO, PostgreSQL's pg_dump, or one
// MongoDB snapshot read of every collection) and the uploads (pictures, notices' PDFs) — with a manifest of checksums; keeps
// the newest XIANGFENG_BACKUP_KEEP (14) in XIANGFENG_BACKUP_DIR (data/backups).
// `npm run restore -- <archive> [--replace]`: checks the whole archive before touching anything,
// then puts the database and the pictures in place. Portal builds are not kept: npm start or a
// publish makes them again from the restored content.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { promisify } from 'node:util'

import { createClient } from '@libsql/client'
import * as tar from 'tar'

import { dataDirOf, databaseOf } from '../src/defaults.mjs'
import { filesUnder, rootDir } from './lib.mjs'

const FORMAT = 'xiangfeng-backup/1'
const dataDir = dataDirOf(rootDir)
const backupDir = path.resolve(process.env.XIANGFENG_BACKUP_DIR || path.join(dataDir, 'backups'))
const keep = Math.max(1, Number(process.env.XIANGFENG_BACKUP_KEEP || 14))
/** The upload folders: pictures (media) and attachments (files), as the collections store them. */
const uploadDirs = ['media', 'files']

class Refused extends Error {}

/** The database DATABASE_URL names: the embedded SQLite file (the default), PostgreSQL or MongoDB. */
function database() {
  try {
    return databaseOf(dataDir)
  } catch (error) {
    throw new Refused(error.message)
  }
}

/** MongoDB: a client on DATABASE_URL's database; the driver is loaded only for it. */
async function mongo(url, work) {
  const { MongoClient } = await import('mongodb')
  let client
  try {
    client = await MongoClient.connect(url, { serverSelectionTimeoutMS: 10_000 })
  } catch (error) {
    throw new Refused(
      `连不上 MongoDB，未做任何改动：${error.message}\nCannot reach MongoDB: ${error.message}`,
    )
  }
  try {
    return await work(client.db(), client)
  } finally {
    await client.close()
  }
}

/** A collection's file in the archive: one document a line, canonical Extended JSON (types kept). */
const collectionFile = (name) => `${encodeURIComponent(name)}.ejson`

/**
 * Every collection of the database, read in one snapshot session: the same moment for all of
 * them while the CMS goes on writing (a replica set, MongoDB ≥ 5.0, as production runs it).
 */
async function dumpMongo(url, dir) {
  const { EJSON } = (await import('mongodb')).BSON
  await mongo(url, async (db, client) => {
    const names = (await db.listCollections({ type: 'collection' }, { nameOnly: true }).toArray())
      .map((c) => c.name)
      // Not the collections an earlier restore kept aside.
      .filter((name) => !name.startsWith('system.') && !name.includes('.before-restore-'))
    const indexes = {}
    const session = client.startSession({ snapshot: true })
    try {
      for (const name of names) {
        const out = fs.createWriteStream(path.join(dir, collectionFile(name)))
        for await (const doc of db.collection(name).find({}, { session }))
          if (!out.write(`${EJSON.stringify(doc, { relaxed: false })}\n`)) await once(out, 'drain')
        await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())))
        indexes[name] = (await db.collection(name).indexes()).filter((index) => index.name !== '_id_')
      }
    } catch (error) {
      if (/snapshot|replica set/i.test(error.message))
        throw new Refused(
          `MongoDB 需要以副本集（replica set）运行才能做一致的备份：${error.message}\n` +
            `A consistent MongoDB backup needs a replica set: ${error.message}`,
        )
      throw error
    } finally {
      await session.endSession()
    }
    fs.writeFileSync(path.join(dir, 'indexes.json'), JSON.stringify(indexes, null, 2))
  })
}

/**
 * The archive's collections into DATABASE_URL's database. Collections already there are kept,
 * renamed `<name>.before-restore-<stamp>`, and only with --replace.
 */
async function restoreMongo(url, dir, { replace, stamp }) {
  const { EJSON } = (await import('mongodb')).BSON
  await mongo(url, async (db) => {
    const present = (await db.listCollections({}, { nameOnly: true }).toArray())
      .map((c) => c.name)
      .filter((name) => !name.startsWith('system.') && !name.includes('.before-restore-'))
    if (present.length && !replace) throw occupied(present)
    for (const name of present) await db.collection(name).rename(`${name}.before-restore-${stamp}`)
    const indexes = JSON.parse(fs.readFileSync(path.join(dir, 'indexes.json'), 'utf8'))
    for (const [name, specs] of Object.entries(indexes)) {
      await db.createCollection(name)
      const batch = []
      const lines = readline.createInterface({
        input: fs.createReadStream(path.join(dir, collectionFile(name))),
      })
      for await (const line of lines) {
        if (!line) continue
        batch.push(EJSON.parse(line, { relaxed: false }))
        if (batch.length === 1000) await db.collection(name).insertMany(batch.splice(0))
      }
      if (batch.length) await db.collection(name).insertMany(batch)
      if (specs.length)
        await db.collection(name).createIndexes(specs.map(({ v: _v, ns: _ns, ...spec }) => spec))
    }
  })
}

/** PostgreSQL's dump file in the archive: pg_dump's custom format, restored by pg_restore. */
const postgresDump = 'xiangfeng.pgdump'

/**
 * One of PostgreSQL's client programs (package postgresql-client): on PATH, else Debian's
 * versioned folders, newest first (pg_dump must be at least the server's version).
 */
function postgresProgram(name) {
  const debian = '/usr/lib/postgresql'
  const versions = fs.existsSync(debian) ? fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a)) : []
  for (const version of versions) {
    const file = path.join(debian, version, 'bin', name)
    if (fs.existsSync(file)) return file
  }
  return name
}

/**
 * The database's address for a client program's command line, and its password, which goes in
 * the environment instead (a command line is readable by every user of the machine).
 */
function postgresLogin(url) {
  const address = new URL(url)
  const password = decodeURIComponent(address.password)
  address.password = ''
  return {
    dbname: address.toString(),
    env: password ? { ...process.env, PGPASSWORD: password } : process.env,
  }
}

async function runPostgresProgram(name, url, args) {
  const { dbname, env } = postgresLogin(url)
  try {
    await promisify(execFile)(postgresProgram(name), [...args, '--dbname', dbname], {
      env,
      maxBuffer: 16 * 1024 * 1024,
    })
  } catch (error) {
    const why = (error.stderr || error.message).trim()
    if (/could not connect|connection refused|Connection refused/i.test(why))
      throw new Refused(`连不上 PostgreSQL，未做任何改动：${why}\nCannot reach PostgreSQL: ${why}`)
    if (error.code === 'ENOENT')
      throw new Refused(
        `找不到 ${name}：请安装 PostgreSQL 客户端（apt-get install postgresql-client）。\n${name} not found: install postgresql-client.`,
      )
    throw new Error(`${name} failed: ${why}`)
  }
}

/** PostgreSQL: a client on DATABASE_URL's database; the driver is loaded only for it. */
async function postgres(url, work) {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url })
  try {
    await client.connect()
  } catch (error) {
    throw new Refused(
      `连不上 PostgreSQL，未做任何改动：${error.message}\nCannot reach PostgreSQL: ${error.message}`,
    )
  }
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** The database in one snapshot while the CMS goes on writing: pg_dump reads in one transaction. */
async function dumpPostgres(url, dir) {
  await runPostgresProgram('pg_dump', url, [
    // Not the schemas an earlier restore kept aside.
    ...['--format=custom', '--no-owner', '--no-privileges', '--exclude-schema=public_before_restore_*'],
    ...['--file', path.join(dir, postgresDump)],
  ])
}

/**
 * The archive's schema into DATABASE_URL's database, in one transaction. Tables already there are
 * kept, their schema renamed `public_before_restore_<stamp>`, and only with --replace; a restore
 * that fails puts them back.
 */
async function restorePostgres(url, dir, { replace, stamp }) {
  const kept = `public_before_restore_${stamp.replace(/[^0-9A-Za-z]/g, '_').toLowerCase()}`
  const present = await postgres(url, async (client) =>
    (await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows.map(
      (row) => row.tablename,
    ),
  )
  if (present.length && !replace) throw occupied(present.slice(0, 5).concat(present.length > 5 ? ['…'] : []))
  if (present.length)
    await postgres(url, (client) =>
      client.query(`ALTER SCHEMA public RENAME TO ${kept}; CREATE SCHEMA public`),
    )
  try {
    await runPostgresProgram('pg_restore', url, [
      ...['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges'],
      path.join(dir, postgresDump),
    ])
  } catch (error) {
    if (present.length)
      await postgres(url, (client) =>
        client.query(`DROP SCHEMA public CASCADE; ALTER SCHEMA ${kept} RENAME TO public`),
      )
    throw error
  }
}

/** Data is already where a restore would put it. */
const occupied = (present) =>
  new Refused(
    `这里已经有数据（${present.join('，')}），未做任何改动；确认要替换请加 --replace（原数据会改名保留）。\n` +
      `Data is already here (${present.join(', ')}); nothing changed. Add --replace to replace it (the old is kept, renamed).`,
  )

function checksum(file) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

async function backup() {
  const started = Date.now()
  const db = database()
  if (db.kind === 'sqlite' && !fs.existsSync(db.file))
    throw new Refused(`找不到数据库文件 ${db.file}。No database at ${db.file}.`)
  fs.mkdirSync(backupDir, { recursive: true })
  const staging = fs.mkdtempSync(path.join(backupDir, '.staging-'))
  try {
    fs.mkdirSync(path.join(staging, 'database'))
    // A consistent copy while the CMS goes on writing. The database first, then the uploads: a
    // file uploaded in between is only an extra file.
    if (db.kind === 'mongodb') await dumpMongo(db.url, path.join(staging, 'database'))
    else if (db.kind === 'postgres') await dumpPostgres(db.url, path.join(staging, 'database'))
    else {
      // One read transaction.
      const client = createClient({ url: `file:${db.file}` })
      await client.execute('PRAGMA busy_timeout = 10000')
      await client.execute({ sql: 'VACUUM INTO ?', args: [path.join(staging, 'database', 'xiangfeng.db')] })
      client.close()
    }
    for (const dir of uploadDirs)
      if (fs.existsSync(path.join(dataDir, dir)))
        fs.cpSync(path.join(dataDir, dir), path.join(staging, dir), { recursive: true })
    const files = [...filesUnder(staging)].map((file) => ({
      path: path.relative(staging, file).split(path.sep).join('/'),
      size: fs.statSync(file).size,
      sha256: checksum(file),
    }))
    const createdAt = new Date().toISOString()
    // Uploads kept in a bucket (XIANGFENG_S3_BUCKET) are not in the archive: the bucket keeps its own versions.
    const bucket = process.env.XIANGFENG_S3_BUCKET?.trim()
    const manifest = {
      format: FORMAT,
      createdAt,
      database: db.kind,
      uploads: bucket ? `s3:${bucket}` : 'files',
      files,
    }
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
        `${((Date.now() - started) / 1000).toFixed(1)} s); ${old.length} older removed, keeping ${keep}.` +
        (bucket ? ` Uploads are in bucket ${bucket}, not in the archive: keep versioning on for it.` : ''),
    )
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/** Unpack and check every file against the manifest; any difference refuses the archive. */
async function unpackChecked(archive, staging, kind) {
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
  if (manifest.database !== kind)
    throw new Refused(
      `这份备份的数据库是 ${manifest.database}，而 DATABASE_URL 指向 ${kind}，未做任何改动。\n` +
        `The archive holds a ${manifest.database} database but DATABASE_URL is ${kind}; nothing changed.`,
    )
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
  const needed = {
    mongodb: 'database/indexes.json',
    postgres: `database/${postgresDump}`,
    sqlite: 'database/xiangfeng.db',
  }[manifest.database]
  if (!listed.has(needed)) problems.push(`缺少数据库 missing: ${needed}`)
  if (problems.length)
    throw new Refused(
      `备份文件与清单不符，未做任何改动。The archive does not match its manifest:\n  ${problems.join('\n  ')}`,
    )
  return manifest
}

async function restore(archive, { replace }) {
  if (!archive || !fs.existsSync(archive))
    throw new Refused(`找不到备份文件 ${archive ?? ''}。Usage: npm run restore -- <archive> [--replace]`)
  const db = database()
  const uploads = uploadDirs.map((dir) => path.join(dataDir, dir))
  const present = [...(db.kind === 'sqlite' ? [db.file] : []), ...uploads].filter((p) => fs.existsSync(p))
  if (present.length && !replace) throw occupied(present)
  // Unpacked beside the data folder (the same disk, so the moves below are renames).
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  const staging = fs.mkdtempSync(path.join(path.dirname(dataDir), '.xiangfeng-restore-'))
  try {
    const manifest = await unpackChecked(path.resolve(archive), staging, db.kind)
    // Only now, with the whole archive checked, is anything here touched.
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    if (db.kind === 'mongodb') await restoreMongo(db.url, path.join(staging, 'database'), { replace, stamp })
    else if (db.kind === 'postgres')
      await restorePostgres(db.url, path.join(staging, 'database'), { replace, stamp })
    else {
      fs.mkdirSync(path.dirname(db.file), { recursive: true })
      for (const p of [db.file, `${db.file}-wal`, `${db.file}-shm`])
        if (fs.existsSync(p)) fs.renameSync(p, `${p}.before-restore-${stamp}`)
      fs.renameSync(path.join(staging, 'database', 'xiangfeng.db'), db.file)
    }
    // The data folder only once the database is in: a server that refused leaves no folder.
    fs.mkdirSync(dataDir, { recursive: true })
    for (const dir of uploadDirs) {
      const target = path.join(dataDir, dir)
      if (fs.existsSync(target)) fs.renameSync(target, `${target}.before-restore-${stamp}`)
      if (fs.existsSync(path.join(staging, dir))) fs.renameSync(path.join(staging, dir), target)
    }
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
