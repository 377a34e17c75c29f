import { execFile } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'

const run = promisify(execFile)

/** The database startCms({ seeded: true }) copies on PostgreSQL (CREATE DATABASE … TEMPLATE). */
export const seededTemplate = 'seeded'

/**
 * Debian's PostgreSQL server programs (package postgresql, which .ci/run installs), newest
 * version first; undefined where the server is not installed.
 */
export function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql'
  if (!fs.existsSync(root)) return undefined
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a))
  return versions.length ? path.join(root, versions[0], 'bin') : undefined
}

/** The server refuses to run as root: as root (CI), its programs run as Debian's `postgres` user. */
const asRoot = process.getuid?.() === 0

async function postgresTool(tool: string, args: string[]): Promise<string> {
  const bin = postgresBinDir()
  if (!bin) throw new Error('PostgreSQL server not installed (apt-get install postgresql)')
  const [file, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]]
    : [path.join(bin, tool), args]
  try {
    return (await run(file, argv, { cwd: os.tmpdir() })).stdout
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string }
    throw new Error(`${tool} ${args.join(' ')} failed: ${stderr || stdout || String(error)}`)
  }
}

/** A folder the server's user owns. */
function serverFolder(dir: string): string {
  fs.mkdirSync(dir, { recursive: true })
  if (asRoot) {
    const { uid, gid } = postgresUser()
    fs.chownSync(dir, uid, gid)
  }
  fs.chmodSync(dir, 0o700)
  return dir
}

function postgresUser(): { uid: number; gid: number } {
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'))
  if (!line) throw new Error('no postgres user (apt-get install postgresql makes it)')
  const [, , uid, gid] = line.split(':')
  return { uid: Number(uid), gid: Number(gid) }
}

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

export type PostgresCluster = {
  port: number
  dir: string
  /** The address of one of its databases, as DATABASE_URL takes it. */
  url: (database: string) => string
  /** One statement on a database (`postgres` unless named); its rows. */
  query: (statement: string, database?: string) => Promise<Record<string, unknown>[]>
  /** A standby following the primary's stream becomes a primary of its own. */
  promote: () => Promise<void>
  stop: (mode?: 'fast' | 'immediate') => Promise<void>
  /** Stopped, and its folder gone. */
  remove: () => Promise<void>
}

/**
 * A throwaway PostgreSQL cluster on a loopback port, in a folder of its own: the tests' server
 * database. With `standbyOf`, a streaming replica of that cluster (pg_basebackup, hot standby).
 * Durability is traded for speed (fsync off): a test cluster never outlives its run.
 */
export async function startPostgres({
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-pg-')),
  standbyOf,
}: { dir?: string; standbyOf?: PostgresCluster } = {}): Promise<PostgresCluster> {
  serverFolder(dir)
  const data = path.join(dir, 'data')
  if (standbyOf)
    // -R writes the standby's connection settings; -X stream copies the WAL written meanwhile.
    await postgresTool('pg_basebackup', [
      ...['-h', '127.0.0.1', '-p', String(standbyOf.port), '-U', 'postgres'],
      ...['-D', data, '-R', '-X', 'stream', '-c', 'fast'],
    ])
  else
    await postgresTool('initdb', [
      ...['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'],
    ])
  const port = await freePort()
  const settings = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dir}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ')
  const pgCtl = (...args: string[]) => postgresTool('pg_ctl', ['-D', data, ...args])
  await pgCtl('-l', path.join(dir, 'server.log'), '-o', settings, '-w', 'start')
  let running = true
  const cluster: PostgresCluster = {
    ...postgresAt(port),
    port,
    dir,
    async promote() {
      await pgCtl('-w', 'promote')
    },
    async stop(mode = 'fast') {
      if (!running) return
      running = false
      await pgCtl('-m', mode, '-w', 'stop')
    },
    async remove() {
      await cluster.stop().catch(() => undefined)
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
  return cluster
}

/** A cluster started elsewhere (the postgres project's globalSetup), by its port. */
export function postgresAt(port: number): Pick<PostgresCluster, 'url' | 'query'> {
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`
  return {
    url,
    async query(statement, database = 'postgres') {
      const client = new pg.Client({ connectionString: url(database) })
      await client.connect()
      try {
        return (await client.query(statement)).rows
      } finally {
        await client.end()
      }
    },
  }
}
