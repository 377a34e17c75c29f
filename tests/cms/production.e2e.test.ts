/**
 * Production as the README's "Production" section sets it up: Caddy (Debian's package) with the
 * repository's Caddyfile on loopback ports, in front of the built CMS and the live portal folder.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { slugify } from '@xiangfeng/cms/fields/slug'
import { SECURITY_HEADERS } from '@xiangfeng/cms/publish/headers.mjs'
import { buildSite } from '@xiangfeng/cms/publish/pipeline'
import { DEMO_PASSWORD } from '@xiangfeng/cms/seed/data/places'
import { startCms } from '../helpers/payload'
import { cmsDir, freePort, type RunningCms, serveCms, servePortal } from '../helpers/server'

const PROFILE = '/role-models/qing-xi-cun/zhang-jian-min/'
const NOTICE = `/notices/zhen/${slugify('关于冬春季森林防火期严禁野外用火的通告')}/`

let cmsServer: RunningCms
let caddy: ChildProcess
let caddyLog = ''
let caddyHome: string
let origin: string
let httpPort: number
let profileId: string
let ca: Buffer

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** One request to Caddy over HTTPS, trusting only Caddy's own root certificate; bodies left encoded. */
function request(
  pathAndQuery: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      `${origin}${pathAndQuery}`,
      {
        method,
        ca,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        )
      },
    )
    req.on('error', reject)
    req.end(body === undefined ? undefined : JSON.stringify(body))
  })
}

beforeAll(async () => {
  const cms = await startCms({ seeded: true })
  profileId = String(
    (await cms.payload.find({ collection: 'role-models', where: { slug: { equals: 'zhang-jian-min' } } }))
      .docs[0].id,
  )
  expect((await buildSite(cms.payload, 'test')).ok).toBe(true)
  await cms.close({ keepData: true })

  const [cmsPort, httpsPort] = [await freePort(), await freePort()]
  httpPort = await freePort()
  origin = `https://127.0.0.1:${httpsPort}`
  // The CMS knows its public address: the only origin it takes signed-in writes from.
  cmsServer = await serveCms({
    dataDir: cms.dataDir,
    port: cmsPort,
    // Caddy on this machine names the client, as `npm run serve` trusts it by default.
    env: {
      XIANGFENG_JOBS: 'on',
      XIANGFENG_CMS_URL: origin,
      SITE_URL: origin,
      XIANGFENG_TRUSTED_PROXIES: '127.0.0.1,::1',
    },
  })
  caddyHome = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-caddy-'))
  caddy = spawn(
    'caddy',
    ['run', '--config', path.join(cmsDir, 'deploy', 'Caddyfile'), '--adapter', 'caddyfile'],
    {
      env: {
        ...process.env,
        XIANGFENG_SITE_ADDRESS: '127.0.0.1',
        XIANGFENG_TLS: 'internal',
        XIANGFENG_HTTP_PORT: String(httpPort),
        XIANGFENG_HTTPS_PORT: String(httpsPort),
        XIANGFENG_DATA_DIR: cms.dataDir,
        XIANGFENG_CMS_UPSTREAM: `127.0.0.1:${cmsPort}`,
        // Caddy's certificates and state in a folder of this test's own.
        XDG_DATA_HOME: path.join(caddyHome, 'data'),
        XDG_CONFIG_HOME: path.join(caddyHome, 'config'),
        HOME: caddyHome,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  caddy.stdout!.on('data', (chunk) => (caddyLog += chunk))
  caddy.stderr!.on('data', (chunk) => (caddyLog += chunk))
  const root = path.join(caddyHome, 'data', 'caddy', 'pki', 'authorities', 'local', 'root.crt')
  for (const deadline = Date.now() + 30_000; ; await new Promise((r) => setTimeout(r, 300))) {
    if (caddy.exitCode !== null) throw new Error(`caddy exited:\n${caddyLog}`)
    if (Date.now() > deadline) throw new Error(`caddy did not serve the portal within 30 s:\n${caddyLog}`)
    if (!fs.existsSync(root)) continue
    ca = fs.readFileSync(root)
    if ((await request('/').catch(() => ({ status: 0 }))).status === 200) break
  }
}, 240_000)

afterAll(async () => {
  caddy?.kill('SIGTERM')
  await cmsServer?.stop()
  if (caddyHome) fs.rmSync(caddyHome, { recursive: true, force: true })
})

test('pages come as the build compressed them (brotli, else gzip; zstd on the fly), revalidated on every use, with the security headers', async () => {
  const live = fs.realpathSync(path.join(cmsServer.dataDir, 'site', 'current'))
  const br = await request('/', { headers: { 'accept-encoding': 'zstd, br, gzip' } })
  expect(br.status).toBe(200)
  expect(br.headers['content-encoding']).toBe('br')
  // The build's own copy, byte for byte: nothing compressed per request.
  expect(br.body.equals(fs.readFileSync(path.join(live, 'index.html.br')))).toBe(true)
  const gzip = await request('/', { headers: { 'accept-encoding': 'gzip' } })
  expect(gzip.headers['content-encoding']).toBe('gzip')
  expect(gzip.body.equals(fs.readFileSync(path.join(live, 'index.html.gz')))).toBe(true)
  // A copy is not served by its own name.
  expect((await request('/index.html.br')).status).toBe(404)
  const zstd = await request('/', { headers: { 'accept-encoding': 'zstd' } })
  expect(zstd.headers['content-encoding']).toBe('zstd')
  const plain = await request('/')
  expect(plain.headers['content-encoding']).toBeUndefined()
  expect(plain.body.toString()).toContain('乡风·云溪')
  expect(br.body.length).toBeLessThan(plain.body.length * 0.5)
  // Kept, but checked on every use: unchanged, it costs a 304 and no body.
  expect(plain.headers['cache-control']).toBe('no-cache')
  const again = await request('/', { headers: { 'if-none-match': String(plain.headers.etag) } })
  expect(again.status).toBe(304)
  // The bundled portal server's own, each with the same value.
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(plain.headers[name], name).toBe(value)
  expect(plain.headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(plain.headers.server).toBeUndefined()
  // A LAN's own certificate authority: no HSTS, which would lock readers out of a warning page.
  expect(plain.headers['strict-transport-security']).toBeUndefined()
})

test('content-hashed files are cached for a year as immutable; a kiosk’s service worker is revalidated', async () => {
  // Pictures from a profile; the script bundles, which only the kiosk has, from a kiosk.
  const html =
    (await request(PROFILE)).body.toString() + (await request('/kiosk/qing-xi-cun/')).body.toString()
  const assets = [...html.matchAll(/(?:href|src|srcset)="(\/(?:_astro|img)\/[^"\s]+)/g)].map((m) => m[1])
  expect(assets.some((a) => a.startsWith('/_astro/'))).toBe(true)
  expect(assets.some((a) => a.startsWith('/img/'))).toBe(true)
  for (const asset of new Set(assets)) {
    const answer = await request(asset)
    expect(answer.status, asset).toBe(200)
    expect(answer.headers['cache-control'], asset).toBe('public, max-age=31536000, immutable')
  }
  // Checked on every load: a new build reaches the screens.
  const worker = await request('/kiosk/qing-xi-cun/sw.js')
  expect(worker.status).toBe(200)
  expect(worker.headers['cache-control']).toBe('no-cache')
})

test('a missing page gets the portal’s 404 page with status 404; plain HTTP is sent to HTTPS', async () => {
  const missing = await request('/no-such-page/')
  expect(missing.status).toBe(404)
  expect(missing.body.toString()).toContain('<html')
  const notFoundPage = fs.readFileSync(path.join(cmsServer.dataDir, 'site', 'current', '404.html'))
  expect(missing.body.equals(notFoundPage)).toBe(true)
  const redirect = await fetch(`http://127.0.0.1:${httpPort}/role-models/`, { redirect: 'manual' })
  expect(redirect.status).toBe(308)
  // To the standard HTTPS port, which production listens on (Caddy 2.6 names no other).
  expect(redirect.headers.get('location')).toBe('https://127.0.0.1/role-models/')
  // Whatever Host a request names, it is sent to the configured address.
  const forged = await new Promise<http.IncomingMessage>((resolve, reject) =>
    http
      .get(
        { host: '127.0.0.1', port: httpPort, path: '/role-models/', headers: { host: 'evil.example' } },
        resolve,
      )
      .on('error', reject),
  )
  forged.resume()
  expect([forged.statusCode, forged.headers.location]).toEqual([308, 'https://127.0.0.1/role-models/'])
})

test('a published notice’s attachment link answers 200 application/pdf from Caddy and from the bundled server', async () => {
  const live = path.join(cmsServer.dataDir, 'site', 'current')
  const page = (await request(NOTICE)).body.toString()
  const href = /<a href="(\/files\/[^"]+\.pdf)" download/.exec(page)?.[1]
  expect(href, 'the demo’s 森林防火 notice links its signed copy').toBeDefined()
  const pdf = await request(href!)
  expect(pdf.status).toBe(200)
  expect(pdf.headers['content-type']).toBe('application/pdf')
  expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-')
  const { server, origin: portal } = await servePortal(live)
  try {
    const bundled = await fetch(`${portal}${href}`)
    expect(bundled.status).toBe(200)
    expect(bundled.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await bundled.arrayBuffer()).equals(pdf.body)).toBe(true)
  } finally {
    server.close()
  }
})

test('/admin and /api reach the CMS through the proxy, compressed, framed only by itself', async () => {
  const admin = await request('/admin/login')
  expect(admin.status).toBe(200)
  expect(admin.body.toString()).toContain('乡风')
  expect(admin.headers['x-frame-options']).toBe('SAMEORIGIN')
  const api = await request('/api/role-models?limit=1&depth=0', { headers: { 'accept-encoding': 'gzip' } })
  expect(api.status).toBe(200)
  expect(api.headers['content-encoding']).toBe('gzip')
})

test('a publish through the proxy (three reviewers over HTTPS) shows on the portal it serves', async () => {
  const signIn = async (email: string) => {
    const answer = await request('/api/users/login', {
      method: 'POST',
      headers: { origin },
      body: { email, password: DEMO_PASSWORD },
    })
    expect(answer.status, answer.body.toString()).toBe(200)
    return { authorization: `JWT ${JSON.parse(answer.body.toString()).token}`, origin }
  }
  const summary = `经由生产代理发布的新简介 ${Date.now()}`
  const editor = await signIn('editor@yunxi.example')
  const edited = await request(`/api/role-models/${profileId}?draft=true`, {
    method: 'PATCH',
    headers: editor,
    body: { summary },
  })
  expect(edited.status, edited.body.toString()).toBe(200)
  for (const [email, action] of [
    ['editor@yunxi.example', 'submit'],
    ['reviewer@yunxi.example', 'review'],
    ['leader@yunxi.example', 'approve'],
  ]) {
    const answer = await request(`/api/role-models/${profileId}/review`, {
      method: 'POST',
      headers: await signIn(email),
      body: { action },
    })
    expect(answer.status, `${action}: ${answer.body.toString()}`).toBe(200)
  }
  await expect
    .poll(async () => (await request(PROFILE)).body.toString(), { timeout: 60_000, interval: 500 })
    .toContain(summary)
}, 120_000)

test('through Caddy, a forged X-Forwarded-For is replaced by the real client: the sixth guess waits', async () => {
  const statuses: number[] = []
  for (let i = 1; i <= 7; i++) {
    const answer = await request('/api/users/login', {
      method: 'POST',
      headers: { origin, 'x-forwarded-for': `10.9.1.${i}` },
      body: { email: 'guessed@caddy.example', password: `guess-${i}` },
    })
    statuses.push(answer.status)
  }
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429])
})

test('npm run serve refuses to start on the demo’s secret or without the public address, and says why', async () => {
  const child = spawn(process.execPath, [path.join(cmsDir, 'scripts', 'serve.mjs')], {
    env: { ...process.env, PAYLOAD_SECRET: '', SITE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stderr!.on('data', (chunk) => (output += chunk))
  const code = await new Promise((resolve) => child.once('exit', resolve))
  expect(code).toBe(2)
  expect(output).toContain('生产环境配置不完整，未启动。')
  expect(output).toContain('PAYLOAD_SECRET')
  expect(output).toContain('SITE_URL')
})
