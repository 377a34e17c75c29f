/**
 * The bundled portal server under bad requests: each gets a 4xx (or a 404 page), none stops the
 * server, nothing outside the live folder is ever served, and every answer carries the security
 * headers.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { COMPRESSIBLE } from '../../site/src/lib/precompress.mjs'
import { servePortal } from '../helpers/server'
import { demoSite, type DemoSite, filesUnder } from '../helpers/site'

let server: http.Server
let origin: string
let root: string

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-serve-'))
  const live = path.join(root, 'live')
  fs.mkdirSync(path.join(live, 'role-models'), { recursive: true })
  fs.writeFileSync(path.join(live, 'index.html'), '<p>首页</p>')
  fs.writeFileSync(path.join(live, '404.html'), '<p>找不到</p>')
  fs.writeFileSync(path.join(live, 'role-models', 'index.html'), '<p>好榜样</p>')
  fs.mkdirSync(path.join(live, '_astro'))
  fs.writeFileSync(path.join(live, '_astro', 'kiosk.B1a2c3.js'), '//')
  fs.mkdirSync(path.join(live, 'files'))
  fs.writeFileSync(path.join(live, 'files', '停水通知.PDF'), '%PDF-1.4')
  // A file beside the live folder that no address may reach.
  fs.writeFileSync(path.join(root, 'secret.txt'), 'SECRET')
  fs.mkdirSync(path.join(root, 'live-evil'))
  fs.writeFileSync(path.join(root, 'live-evil', 'x.html'), 'SECRET')
  ;({ server, origin } = await servePortal(live))
})
afterAll(() => {
  server?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

/** A request with the path exactly as written: fetch would normalise `..` and percent-encoding. */
function raw(
  rawPath: string,
  method = 'GET',
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const { port } = new URL(origin)
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
    })
    req.on('error', reject)
    req.end()
  })
}

test('a notice’s attachment, its Chinese name percent-encoded, is served as a PDF', async () => {
  const response = await raw(`/files/${encodeURIComponent('停水通知.PDF')}`)
  expect(response.status).toBe(200)
  expect(response.headers['content-type']).toBe('application/pdf')
  expect(response.body).toBe('%PDF-1.4')
})

describe('bad requests', () => {
  test.each([
    ['a broken percent-encoding', '/%ff', [400]],
    ['a lone percent sign', '/%', [400]],
    ['half a UTF-8 character', '/%E4%B8', [400]],
    ['a NUL byte', '/a%00b', [400]],
    ['a backslash after a double slash', '//a~%E5%A5%BD\\', [400, 404]],
    ['dot segments', '/../secret.txt', [400, 404]],
    ['an encoded slash after dots', '/..%2fsecret.txt', [400, 404]],
    ['encoded dots', '/%2e%2e/secret.txt', [400, 404]],
    ['a sibling folder sharing the prefix', '/../live-evil/x.html', [400, 404]],
    ['a 5000-character path', `/${'a'.repeat(5000)}`, [414]],
    ['a page that does not exist', '/no-such-page/', [404]],
  ])(
    '%s gets a 4xx, never a file outside the live folder, and the server stays up',
    async (_, rawPath, statuses) => {
      const response = await raw(rawPath)
      expect(statuses).toContain(response.status)
      expect(response.body).not.toContain('SECRET')
      expect((await raw('/')).status).toBe(200)
    },
  )

  test('a write answers 405', async () => {
    expect((await raw('/', 'POST')).status).toBe(405)
    expect((await raw('/', 'DELETE')).status).toBe(405)
  })

  test('a thousand random addresses: every answer under 500, and the home page still served', async () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const pieces = [
      '%',
      '%ff',
      '%00',
      '..',
      '/',
      '%2e',
      '%2f',
      '\\',
      'a',
      '好',
      '%E5%A5%BD',
      '?',
      '#',
      ';',
      '~',
    ]
    for (let i = 0; i < 1000; i++) {
      const rawPath = `/${Array.from({ length: 1 + Math.floor(random() * 8) }, () => pieces[Math.floor(random() * pieces.length)]).join('')}`
      const { status } = await raw(encodeURI(rawPath).replace(/%25/g, '%'))
      expect(status, rawPath).toBeLessThan(500)
    }
    expect((await raw('/')).status).toBe(200)
  })
})

test('pages carry the security headers; a directory without its slash is redirected', async () => {
  const page = await raw('/role-models/')
  expect(page.status).toBe(200)
  expect(page.headers).toMatchObject({
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
  })
  for (const file of ['/files/%E5%81%9C%E6%B0%B4%E9%80%9A%E7%9F%A5.PDF', '/no-such-page/'])
    expect((await raw(file)).headers['content-security-policy'], file).toBe(
      page.headers['content-security-policy'],
    )
  const redirect = await raw('/role-models')
  expect([redirect.status, redirect.headers.location]).toEqual([301, '/role-models/'])
})

test.each([
  ['a second host after a double slash', '//evil.example/..%2Frole-models'],
  ['a backslash host', '/\\evil.example/..%2Frole-models'],
  ['three slashes', '///evil.example/../role-models'],
  ['an encoded slash', '/%2Fevil.example/..%2Frole-models'],
])(
  'a folder without its slash is redirected on this site, whatever the address holds: %s',
  async (_, rawPath) => {
    const redirect = await raw(rawPath)
    expect(redirect.status).toBe(301)
    expect(redirect.headers.location).toBe('/role-models/')
  },
)

describe('caching', () => {
  test('files named by their content are kept for a year; pages are checked on every use', async () => {
    expect((await raw('/_astro/kiosk.B1a2c3.js')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    )
    expect((await raw('/role-models/')).headers['cache-control']).toBe('no-cache')
    expect((await raw('/no-such-page/')).headers['cache-control']).toBe('no-cache')
  })
})

describe('compressed copies from the build', () => {
  let site: DemoSite
  let demo: { server: http.Server; origin: string }
  beforeAll(async () => {
    site = demoSite()
    demo = await servePortal(site.dist)
  })
  afterAll(() => {
    demo?.server.close()
    site?.remove()
  })

  /** The raw bytes of an answer, never decoded, with the headers. */
  const fetchRaw = (url: string, acceptEncoding?: string) =>
    new Promise<{ status: number; body: Buffer; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
      const { port } = new URL(demo.origin)
      const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }
      http
        .get({ host: '127.0.0.1', port, path: url, headers }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c) => chunks.push(c))
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }),
          )
        })
        .on('error', reject)
    })

  test('every text file of 1 KB or more has a brotli and a gzip copy that decompress to it', () => {
    const texts = filesUnder(site.dist).filter((f) => COMPRESSIBLE.test(f) && fs.statSync(f).size >= 1024)
    expect(texts.length).toBeGreaterThan(100)
    for (const file of texts) {
      const data = fs.readFileSync(file)
      expect(zlib.brotliDecompressSync(fs.readFileSync(`${file}.br`)).equals(data), file).toBe(true)
      expect(zlib.gunzipSync(fs.readFileSync(`${file}.gz`)).equals(data), file).toBe(true)
    }
  })

  test('a page goes as brotli to a client that takes it, as gzip to one that takes only gzip, else as it is', async () => {
    const file = fs.readFileSync(path.join(site.dist, 'index.html'))
    const br = await fetchRaw('/', 'gzip, deflate, br')
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toBe('accept-encoding')
    expect(Number(br.headers['content-length'])).toBe(br.body.length)
    expect(br.body.length).toBeLessThan(file.length / 2)
    expect(zlib.brotliDecompressSync(br.body).equals(file)).toBe(true)
    const gz = await fetchRaw('/', 'br;q=0, gzip')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gz.body).equals(file)).toBe(true)
    const plainAnswer = await fetchRaw('/')
    expect(plainAnswer.headers['content-encoding']).toBeUndefined()
    expect(plainAnswer.body.equals(file)).toBe(true)
    // The 404 page too.
    const missing = await fetchRaw('/no-such-page/', 'br')
    expect(missing.status).toBe(404)
    expect(missing.headers['content-encoding']).toBe('br')
  })

  test('a compressed copy is never served by its own name', async () => {
    expect((await fetchRaw('/index.html.br')).status).toBe(404)
    expect((await fetchRaw('/index.html.gz', 'gzip')).status).toBe(404)
  })
})
