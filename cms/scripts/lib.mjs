import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const rootDir = path.resolve(cmsDir, '..')

/** Run a command to completion, streaming its output; reject on a non-zero exit. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${signal ?? code}`)),
    )
  })
}

/** Every file under `dir`, by its full path. */
export function* filesUnder(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* filesUnder(full)
    else yield full
  }
}

/** What the admin build depends on: its sources, the contract, the portal's views, and the locked dependencies. */
export function adminSourceHash() {
  const hash = createHash('sha256')
  const inputs = [
    ...filesUnder(path.join(cmsDir, 'src')),
    ...filesUnder(path.join(rootDir, 'content-schema', 'src')),
    // The preview renders the portal's own views and styles (@xiangfeng/site/views).
    ...filesUnder(path.join(rootDir, 'site', 'src')),
    path.join(cmsDir, 'next.config.ts'),
    path.join(cmsDir, 'package.json'),
    path.join(rootDir, 'package-lock.json'),
  ].sort()
  for (const file of inputs) {
    hash.update(path.relative(rootDir, file))
    hash.update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

const stampFile = path.join(cmsDir, '.next', 'xiangfeng-source-hash')

/** Build the Next admin unless the last build was made from the same sources. */
export async function ensureAdminBuild() {
  const hash = adminSourceHash()
  const built = fs.existsSync(path.join(cmsDir, '.next', 'BUILD_ID')) && fs.existsSync(stampFile)
  if (built && fs.readFileSync(stampFile, 'utf8') === hash) {
    console.log('CMS admin build is up to date.')
    return
  }
  console.log('Building the CMS admin (next build, about two minutes on two cores)…')
  const started = Date.now()
  await run('next', ['build', '--webpack'], {
    cwd: cmsDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  fs.writeFileSync(stampFile, hash)
  console.log(`CMS admin built in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
}
