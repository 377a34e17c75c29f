import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { dataDirOf } from './defaults.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))

/** cms/src */
export const srcDir = here

/**
 * The checkout this process runs in, found at run time from where it was started: every entry
 * point starts in it (cms/, tests/ or the top). The admin bundle's own paths are those of the
 * machine and folder that built it, so a moved or copied deployment must not rely on them.
 */
export function projectRoot(): string {
  const cwd = process.cwd()
  if (found?.cwd !== cwd) found = { cwd, root: findRoot(cwd) }
  return found.root
}
let found: { cwd: string; root: string } | undefined

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'site', 'astro.config.mjs'))) return dir
    if (path.dirname(dir) === dir) return path.resolve(here, '../..')
  }
}

/**
 * Where the embedded database, uploads and portal builds live: data/, or XIANGFENG_DATA_DIR.
 * Read when called, not when imported, so a process that sets the variable late (the tests)
 * never writes into the checkout's own data/.
 */
export const dataDir = () => dataDirOf(projectRoot())
