// `npm run serve`: the CMS alone, for production behind Caddy (cms/deploy/): no demo content and
// no portal server (Caddy serves the live folder). It refuses to start on the demo's secret, asks
// the jobs queue to rebuild the portal from the current code, and runs the CMS server.
import { spawn } from 'node:child_process'
import path from 'node:path'

import { dataDirOf } from '../src/defaults.mjs'
import { cmsDir, ensureAdminBuild, rootDir, run } from './lib.mjs'

const problems = []
if ((process.env.PAYLOAD_SECRET ?? '').length < 32)
  problems.push('PAYLOAD_SECRET must be a random string of at least 32 characters (openssl rand -hex 32).')
if (!/^https?:\/\//.test(process.env.SITE_URL ?? ''))
  problems.push('SITE_URL must be the portal’s public address, e.g. https://xiangfeng.yunxi.gov.cn')
if (problems.length) {
  console.error(`生产环境配置不完整，未启动。Production settings are missing:\n  ${problems.join('\n  ')}`)
  process.exit(2)
}

const port = process.env.PORT || '3000'
const host = process.env.HOST || '127.0.0.1'
const env = {
  ...process.env,
  XIANGFENG_DATA_DIR: dataDirOf(rootDir),
  // Behind Caddy the CMS and the portal share the public address (and its cookie is Secure).
  XIANGFENG_CMS_URL: process.env.XIANGFENG_CMS_URL || process.env.SITE_URL,
  SERVER_URL: process.env.SERVER_URL || process.env.SITE_URL,
  // Caddy on this machine (cms/deploy/Caddyfile) names the client; no one else may.
  XIANGFENG_TRUSTED_PROXIES: process.env.XIANGFENG_TRUSTED_PROXIES ?? '127.0.0.1,::1',
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
}

await run('payload', ['run', 'scripts/build-site.ts', '--', '--queue', '启动时生成'], { cwd: cmsDir, env })
await ensureAdminBuild()
const server = spawn(process.execPath, [path.join(cmsDir, 'scripts', 'cms-server.mjs')], {
  cwd: cmsDir,
  stdio: 'inherit',
  env: { ...env, PORT: port, HOST: host },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
