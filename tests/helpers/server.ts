import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import type http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { serveSite } from '../../cms/scripts/serve-site.mjs'

export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const cmsDir = path.join(rootDir, 'cms')

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/** A built portal folder served on a free local port, as `npm start` serves the live one. */
export async function servePortal(dir: string): Promise<{ server: http.Server; origin: string }> {
  const port = await freePort()
  return { server: serveSite(dir, { port, host: '127.0.0.1' }), origin: `http://127.0.0.1:${port}` }
}

export type RunningCms = {
  url: string
  dataDir: string
  /** The server's process id. */
  pid: number
  output: () => string
  stop: () => Promise<void>
}

/** The built Next admin (`npm run build`) served by the CMS server, as `npm start` runs it, on a real port and a fresh SQLite file. */
export async function serveCms({
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-server-')),
  env = {},
  port: wantedPort,
}: { dataDir?: string; env?: Record<string, string>; port?: number } = {}): Promise<RunningCms> {
  if (!fs.existsSync(path.join(cmsDir, '.next', 'BUILD_ID'))) {
    throw new Error('The CMS admin is not built: run `npm run build` (npm test does it first).')
  }
  const port = wantedPort ?? (await freePort())
  let log = ''
  const child: ChildProcess = spawn(process.execPath, [path.join(cmsDir, 'scripts', 'cms-server.mjs')], {
    cwd: cmsDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      XIANGFENG_TRUSTED_PROXIES: '',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      XIANGFENG_DATA_DIR: dataDir,
      DATABASE_URL: `file:${path.join(dataDir, 'test.db')}`,
      PAYLOAD_SECRET: 'test-secret',
      // The CMS's own address: the only origin whose cookie-authenticated writes it takes.
      XIANGFENG_CMS_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (log += chunk))
  child.stderr!.on('data', (chunk) => (log += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the CMS server exited early:\n${log}`)
    try {
      const response = await fetch(`${url}/api/townships`)
      if (response.status === 200) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the CMS server did not answer within 90 s:\n${log}`)
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  return {
    url,
    dataDir,
    pid: child.pid!,
    output: () => log,
    stop: async () => {
      child.kill('SIGTERM')
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * One `payload run tests/helpers/prepare.ts <task> <dir>` on the SQLite file in <dir> (test.db) or the given database,
 * in a process of its own: a test process holds one Payload, on one database. Its log only on failure.
 */
export function prepare(
  task: 'seed' | 'demo-site' | 'export',
  dir: string,
  databaseUrl = `file:${path.join(dir, 'test.db')}`,
): Promise<void> {
  fs.mkdirSync(dir, { recursive: true })
  const payloadBin = path.join(rootDir, 'node_modules', 'payload', 'bin.js')
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [payloadBin, 'run', path.join(rootDir, 'tests', 'helpers', 'prepare.ts'), '--', task, dir],
      {
        cwd: cmsDir,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          XIANGFENG_DATA_DIR: dir,
          DATABASE_URL: databaseUrl,
          PAYLOAD_SECRET: 'test-secret',
          XIANGFENG_JOBS: 'off',
        },
      },
    )
    let log = ''
    child.stdout.on('data', (chunk) => (log += chunk))
    child.stderr.on('data', (chunk) => (log += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`test preparation "${task}" exited with ${code}:\n${log}`)),
    )
  })
}
