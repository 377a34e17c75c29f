// `npm start`: migrate the database, load the demo township into an empty one, build the admin
// if needed, then serve the CMS and print where everything is.
import { spawn } from 'node:child_process'

import { cmsDir, ensureAdminBuild, run } from './lib.mjs'

const port = Number(process.env.PORT || 3000)
const host = process.env.HOST || '127.0.0.1'
const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host

// Migrations run when Payload initialises; the seed only fills a database that has no township.
await run('payload', ['run', 'src/seed/run.ts', '--', '--if-empty'], { cwd: cmsDir })
await ensureAdminBuild()

const server = spawn('next', ['start', '-p', String(port), '-H', host], {
  cwd: cmsDir,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))

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
  CMS admin (管理后台):  ${adminUrl}
  REST API:              http://${shownHost}:${port}/api
  Demo logins (演示账号), password ${DEMO_PASSWORD}:
${demoUsers.map((u) => `    ${u.email.padEnd(26)} ${u.name}`).join('\n')}
Press Ctrl+C to stop.
`)
