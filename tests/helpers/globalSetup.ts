import fs from 'node:fs'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { prepare } from './server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database folder holding the seeded demo township: startCms({ seeded: true }) copies it. */
    seededDataDir: string
    /** The demo portal, built once per run and shared read-only: demoSite() reads it. */
    demoSiteDir: string
  }
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
