import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { rootDir } from './server'

/** Run the real `astro build` of site/ on a snapshot directory, into `outDir`. */
export function buildSite(snapshotDir: string, outDir: string): Promise<string> {
  const astroBin = path.join(rootDir, 'node_modules', 'astro', 'bin', 'astro.mjs')
  return new Promise((resolve, reject) => {
    let log = ''
    const child = spawn(process.execPath, [astroBin, 'build'], {
      cwd: path.join(rootDir, 'site'),
      env: {
        ...process.env,
        XIANGFENG_SNAPSHOT: snapshotDir,
        XIANGFENG_SITE_OUT: outDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (c) => (log += c))
    child.stderr.on('data', (c) => (log += c))
    child.on('exit', (code) =>
      code === 0 ? resolve(log) : reject(new Error(`astro build failed (${code}):\n${log}`)),
    )
  })
}

export const filesUnder = (root: string): string[] =>
  fs
    .readdirSync(root, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(root, e.name)) : [path.join(root, e.name)]))
