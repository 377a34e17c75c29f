// `npm start`: migrate the database, load the demo township into an empty one, export the public
// snapshot and build the portal from it, build the admin if needed, then serve both and print
// where everything is.
import { spawn } from 'node:child_process'

import path from 'node:path'

import { cmsDir, ensureAdminBuild, rootDir, run } from './lib.mjs'

const port = Number(process.env.PORT || 3000)
const sitePort = Number(process.env.SITE_PORT || 4321)
const host = process.env.HOST || '127.0.0.1'
const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host

// Migrations run when Payload initialises; the seed only fills a database that has no township.
await run('payload', ['run', 'src/seed/run.ts', '--', '--if-empty'], { cwd: cmsDir })
await run('payload', ['run', 'src/publish/run.ts'], { cwd: cmsDir })
await run('astro', ['build'], {
  cwd: path.join(rootDir, 'site'),
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
})
await ensureAdminBuild()

const server = spawn('next', ['start', '-p', String(port), '-H', host], {
  cwd: cmsDir,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
})
const portal = spawn('astro', ['preview', '--port', String(sitePort), '--host', host], {
  cwd: path.join(rootDir, 'site'),
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
})
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.kill(signal)
    portal.kill(signal)
  })
for (const child of [server, portal]) child.on('exit', (code) => process.exit(code ?? 0))

const adminUrl = `http://${shownHost}:${port}/admin`
for (let attempt = 0; attempt < 120; attempt++) {
  try {
    const response = await fetch(adminUrl, { redirect: 'manual' })
    if (response.status < 500) break
  } catch {
    // not listening yet
  }
  await new Promise((resolve) => setTimeout(resolve, 500))
}

const { DEMO_PASSWORD, demoUsers } = await import('../src/seed/data/places.ts')
console.log(`
乡风 xiangfeng is running.
  Portal (门户网站):     http://${shownHost}:${sitePort}/
  CMS admin (管理后台):  ${adminUrl}
  REST API:              http://${shownHost}:${port}/api
  Demo logins (演示账号), password ${DEMO_PASSWORD}:
${demoUsers.map((u) => `    ${u.email.padEnd(26)} ${u.name}`).join('\n')}
Press Ctrl+C to stop.
`)
