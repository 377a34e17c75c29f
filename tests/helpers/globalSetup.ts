import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { cmsDir, rootDir } from './server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database folder holding the seeded demo township: startCms({ seeded: true }) copies it. */
    seededDataDir: string
    /** The demo portal, built once per run and shared read-only: demoSite() reads it. */
    demoSiteDir: string
  }
}

/** One `payload run tests/helpers/prepare.ts` task on its own database folder; its log only on failure. */
function prepare(task: 'seed' | 'demo-site', dir: string): Promise<void> {
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
          DATABASE_URL: `file:${path.join(dir, 'test.db')}`,
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

/** Every file under the shared folders with its size and time: what no suite may change. */
const fingerprint = (dirs: string[]) =>
  dirs
    .flatMap((dir) => fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name)
      const { size, mtimeMs } = fs.statSync(file)
      return `${file} ${size} ${mtimeMs}`
    })
    .sort()

/**
 * One test run's scratch folders (named in vitest.config.ts by the run's process id): the data
 * folder and the picture cache its builds share. Each run starts cold and leaves nothing behind.
 * In the data folder, before any test: the seeded demo database that suites copy instead of
 * seeding their own, and the demo portal that the site suites read instead of each building one.
 */
export default async function setup(project: TestProject) {
  const scratch = [process.env.XIANGFENG_DATA_DIR!, process.env.XIANGFENG_TEST_IMAGE_CACHE!]
  const remove = () => {
    for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true })
  }
  remove()
  const seededDataDir = path.join(scratch[0], 'seeded')
  const demoSiteDir = path.join(scratch[0], 'demo-site')
  await Promise.all([prepare('seed', seededDataDir), prepare('demo-site', demoSiteDir)])
  project.provide('seededDataDir', seededDataDir)
  project.provide('demoSiteDir', demoSiteDir)
  const before = fingerprint([seededDataDir, demoSiteDir])
  return () => {
    const after = fingerprint([seededDataDir, demoSiteDir])
    remove()
    const changed = [...after.filter((f) => !before.includes(f)), ...before.filter((f) => !after.includes(f))]
    if (changed.length > 0)
      throw new Error(
        `A suite changed the shared demo database or portal:\n${changed.slice(0, 10).join('\n')}`,
      )
  }
}
