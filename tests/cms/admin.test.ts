import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { type RunningCms, serveCms } from '../helpers/server'

let server: RunningCms
beforeAll(async () => {
  server = await serveCms()
})
afterAll(async () => server?.stop())

describe('the built Next admin on a real port', () => {
  test('/admin serves the Payload admin in Simplified Chinese', async () => {
    const response = await fetch(`${server.url}/admin`, { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toMatch(/<html[^>]*lang="zh"/)
    // Payload's own words, translated: the dashboard's title; with no user yet it sends the
    // visitor on to the form for the first administrator.
    expect(html).toContain('<title>仪表板  · 乡风</title>')
    expect(html).toContain('/create-first-user')
  })

  test('Chinese is the default for a browser that sends no language', async () => {
    const html = await (await fetch(`${server.url}/admin/login`)).text()
    expect(html).toMatch(/<html[^>]*lang="zh"/)
  })

  test('a browser set to English still gets the Chinese admin', async () => {
    const html = await (
      await fetch(`${server.url}/admin/login`, { headers: { 'accept-language': 'en-US,en;q=0.9' } })
    ).text()
    expect(html).toMatch(/<html[^>]*lang="zh"/)
    expect(html).not.toMatch(/<html[^>]*lang="en"/)
  })

  test('admin and API pages carry the security headers', async () => {
    for (const url of ['/admin/login', '/api/villages']) {
      const { headers } = await fetch(`${server.url}${url}`)
      expect(headers.get('x-frame-options'), url).toBe('SAMEORIGIN')
      expect(headers.get('content-security-policy'), url).toContain("frame-ancestors 'self'")
      expect(headers.get('x-content-type-options'), url).toBe('nosniff')
      expect(headers.get('referrer-policy'), url).toBe('strict-origin-when-cross-origin')
    }
  })

  test('REST and GraphQL answer under /api', async () => {
    const rest = await fetch(`${server.url}/api/villages`)
    expect(rest.status).toBe(200)
    expect((await rest.json()).docs).toEqual([])
    const gql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Villages { totalDocs } }' }),
    })
    expect((await gql.json()).data.Villages.totalDocs).toBe(0)
  })

  test('a forged X-Forwarded-For gives no new address to sign in from: the sixth guess waits', async () => {
    const statuses: number[] = []
    for (let i = 1; i <= 7; i++) {
      const response = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.0.${i}` },
        body: JSON.stringify({ email: 'guessed@forged.example', password: `guess-${i}` }),
      })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429])
  })

  test('an upload over 10 MB is refused with 413 and the server keeps serving', async () => {
    const register = await fetch(`${server.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'first@test.example',
        password: 'test-password-1',
        name: '管理员',
        roles: ['admin'],
      }),
    })
    expect(register.status).toBe(200)
    const { token } = await register.json()
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: '太大' }))
    form.append('file', new Blob([new Uint8Array(11 * 1024 * 1024)], { type: 'image/jpeg' }), 'huge.jpg')
    const upload = await fetch(`${server.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    expect(upload.status).toBe(413)
    const media = await fetch(`${server.url}/api/media`, { headers: { authorization: `JWT ${token}` } })
    expect((await media.json()).totalDocs).toBe(0)
  })
})
