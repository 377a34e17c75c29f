// `npm start`: migrate the database, load the demo township into an empty one, build and deploy
// the portal through the publish pipeline, build the admin if needed, then serve both and print
// where everything is. Publishing in the admin rebuilds the portal while this runs.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { dataDirOf } from '../src/defaults.mjs'
import { cmsDir, ensureAdminBuild, rootDir, run } from './lib.mjs'
import { serveSite } from './serve-site.mjs'

const port = Number(process.env.PORT || 3000)
const sitePort = Number(process.env.SITE_PORT || 4321)
const host = process.env.HOST || '127.0.0.1'
const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host
// Every process agrees on one data folder, wherever the admin bundle was built.
const dataDir = dataDirOf(rootDir)
const env = {
  ...process.env,
  XIANGFENG_DATA_DIR: dataDir,
  // The portal's public address, for QR codes, share cards and feeds; set it in production.
  SITE_URL: process.env.SITE_URL || `http://${shownHost}:${sitePort}`,
  // Where the village screens send their heartbeat.
  XIANGFENG_CMS_URL: process.env.XIANGFENG_CMS_URL || `http://${shownHost}:${port}`,
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
}

const liveDir = path.join(dataDir, 'site', 'current')
const serve = () => serveSite(liveDir, { port: sitePort, host })
// A restart serves the last good build at once; the CMS rebuilds behind it (below).
let portal = fs.existsSync(liveDir) ? serve() : undefined
if (portal) console.log(`Portal: serving the last good build at http://${shownHost}:${sitePort}/`)

// Migrations run when Payload initialises; the seed only fills a database that has no township.
await run('payload', ['run', 'scripts/seed.ts', '--', '--if-empty'], { cwd: cmsDir, env })
if (portal) {
  // Rebuilt from the current code and content by the CMS server's jobs queue, as a publish is.
  await run('payload', ['run', 'scripts/build-site.ts', '--', '--queue', '启动时生成'], {
    cwd: cmsDir,
    env,
  })
} else {
  // The first start has nothing to serve until the first build.
  await run('payload', ['run', 'scripts/build-site.ts', '--', '启动时生成'], { cwd: cmsDir, env })
  portal = serve()
}
await ensureAdminBuild()

// Nothing stands in front of it here: no forwarded address is believed (cms-server.mjs).
const server = spawn(process.execPath, [path.join(cmsDir, 'scripts', 'cms-server.mjs')], {
  cwd: cmsDir,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...env, PORT: String(port), HOST: host, XIANGFENG_TRUSTED_PROXIES: '' },
})
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.kill(signal)
    portal.close()
  })
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
const { DEFAULT_HOURS, describeHours } = await import('../../content-schema/src/hours.ts')
// The kiosk addresses come from the last build: one per village, one per screen, with its hours.
const snapshot = JSON.parse(fs.readFileSync(path.join(dataDir, 'site', 'snapshot', 'snapshot.json'), 'utf8'))
const portalUrl = `http://${shownHost}:${sitePort}`
const kiosk = (address, name, hours) =>
  `    ${address}`.padEnd(60) + ` ${name}`.padEnd(10, '　') + ` ${describeHours(hours)}`
const kiosks = [
  ...snapshot.villages.map((v) => kiosk(`${portalUrl}/kiosk/${v.slug}/`, v.name, DEFAULT_HOURS)),
  ...snapshot.screens.map((s) => kiosk(`${portalUrl}/kiosk/${s.village}/${s.slug}/`, s.name, s.hours)),
]
console.log(`
乡风 xiangfeng is running.
  Portal (门户网站):     http://${shownHost}:${sitePort}/${process.env.SITE_URL ? `  (public address ${process.env.SITE_URL})` : ''}
  CMS admin (管理后台):  ${adminUrl}
  REST API:              http://${shownHost}:${port}/api/role-models  (published content; /api/<collection>)
  Kiosks (村级大屏), open full screen on the device; a screen's address with its key is in the admin under 大屏.
  A kiosk shows content only in its hours, China time (UTC+8); outside them it shows a dimmed clock:
${kiosks.join('\n')}
  Demo logins (演示账号), password ${DEMO_PASSWORD}:
${demoUsers.map((u) => `    ${u.email.padEnd(26)} ${u.name}`).join('\n')}
Press Ctrl+C to stop.
`)
