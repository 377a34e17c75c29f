/**
 * Requests an attacker with a staff login, or a broken client, would send: each gets a clear 4xx
 * in Chinese instead of a 500, sign-in failures are throttled per address and account without
 * telling which accounts exist, nobody can backdate a document, and only the server runs jobs.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { DEMO_PASSWORD } from '@xiangfeng/cms/seed/data/places'
import { transition } from '@xiangfeng/cms/workflow/transition'
import { onePagePdf, validDoc } from '../helpers/fixtures'
import { apiClient, makeUser, startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
let token: string
let village: number
let screen: { id: number; key: string }

beforeAll(async () => {
  cms = await startCms({ seeded: true })
  api = await apiClient(cms.config)
  token = await api.login('editor@yunxi.example', DEMO_PASSWORD)
  village = (await cms.payload.find({ collection: 'villages', limit: 1 })).docs[0].id as number
  screen = (await cms.payload.find({ collection: 'screens', limit: 1, overrideAccess: true }))
    .docs[0] as never
})
afterAll(async () => cms?.close())

const errorText = (body: unknown) => JSON.stringify(body)

describe('bad requests get a 4xx, never a 500', () => {
  test.each([
    ['an id that cannot be one', '/role-models/not-an-id', 404],
    ['a negative limit', '/role-models?limit=-1', 400],
    ['page -5', '/role-models?page=-5', 400],
  ])('%s', async (_, path, status) => {
    expect((await api.get(path)).status).toBe(status)
  })

  test('a text/plain body is refused with 415', async () => {
    const { status, body } = await api.post('/role-models?draft=true', '{"name":"x"}', {
      token,
      headers: { 'content-type': 'text/plain' },
    })
    expect(status).toBe(415)
    expect(errorText(body)).toContain('请以 JSON 发送')
  })

  test('the admin’s long query, a form-encoded POST read as GET, passes; a form-encoded write does not', async () => {
    const query = await api.post('/villages', 'depth=0&where[slug][equals]=qing-xi-cun&limit=10', {
      token,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-payload-http-method-override': 'GET',
      },
    })
    expect(query.status).toBe(200)
    expect(query.body.docs.map((v: { name: string }) => v.name)).toEqual(['清溪村'])
    const write = await api.post('/villages', 'name=x', {
      token,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(write.status).toBe(415)
  })

  test('JSON nested 100 000 deep is refused with 400 before it is parsed', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const { status, body } = await api.post('/role-models?draft=true', deep, { token })
    expect(status).toBe(400)
    expect(errorText(body)).toContain('嵌套层数过多')
  })

  test('a 3 MB body is refused with 413; a 1 MB title with 400 naming the field', async () => {
    const huge = await api.post('/role-models?draft=true', { name: 'x'.repeat(3 * 1024 * 1024) }, { token })
    expect(huge.status).toBe(413)
    const long = await api.post(
      '/role-models?draft=true',
      { ...validDoc('role-models', village, 0, 1), name: '长'.repeat(1_000_000 / 3) },
      { token },
    )
    expect(long.status).toBe(400)
    expect(errorText(long.body)).toContain('“姓名 / 户名 / 集体名称”太长了：最多200字')
  })

  test.each([
    ['a NUL', 'a\u0000.pdf'],
    ['an escape character', 'a\u001b[31m.pdf'],
  ])('an upload whose file name holds %s is refused with 400 in Chinese', async (_, name) => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ title: '附件' }))
    form.append('file', new Blob([new Uint8Array(onePagePdf())], { type: 'application/pdf' }), name)
    const response = await api.request('POST', '/attachments', { token, body: form })
    expect(response.status).toBe(400)
    expect(errorText(await response.json())).toContain('文件名')
  })

  test('review actions: bad JSON, an unknown action and __proto__ are 400', async () => {
    const id = (await cms.payload.find({ collection: 'role-models', limit: 1 })).docs[0].id
    expect((await api.post(`/role-models/${id}/review`, '{', { token })).status).toBe(400)
    expect((await api.post(`/role-models/${id}/review`, { action: 'destroy' }, { token })).status).toBe(400)
    const proto = await api.post(`/role-models/${id}/review`, { action: '__proto__' }, { token })
    expect(proto.status).toBe(400)
    expect(errorText(proto.body)).toContain('未知的审核操作')
  })
})

describe('screen heartbeats', () => {
  test.each([
    ['null', 'null', 400],
    ['an array', '[]', 400],
    ['a 100 KB body', JSON.stringify({ key: 'x', lastError: 'e'.repeat(100_000) }), 413],
  ])('a body of %s is refused with %i before the key is looked up', async (_, body, status) => {
    const response = await api.post(`/screens/${screen.id}/heartbeat`, body, {
      headers: { 'content-type': 'text/plain' },
    })
    expect(response.status).toBe(status)
  })

  test('a second report within ten seconds is refused with 429; a wrong key cannot block the screen', async () => {
    const report = () => api.post(`/screens/${screen.id}/heartbeat`, { key: screen.key, buildId: 'b1' })
    expect((await api.post(`/screens/${screen.id}/heartbeat`, { key: 'wrong' })).status).toBe(403)
    expect((await report()).status).toBe(200)
    expect((await report()).status).toBe(429)
  })
})

describe('signing in', () => {
  const login = (email: string, password: string, address: string) =>
    api.post('/users/login', { email, password }, { headers: { 'x-forwarded-for': address } })

  test('an unknown account and a wrong password get the same answer', async () => {
    const unknown = await login('nobody@yunxi.example', 'wrong-password', '10.1.0.1')
    const wrong = await login('leader@yunxi.example', 'wrong-password', '10.1.0.2')
    expect(unknown.status).toBe(wrong.status)
    expect(errorText(unknown.body)).toBe(errorText(wrong.body))
  })

  test('five failures from one address hold that address back; the leader elsewhere still signs in', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login('leader@yunxi.example', 'wrong', '10.2.0.1')).status).toBe(401)
    const held = await login('leader@yunxi.example', DEMO_PASSWORD, '10.2.0.1')
    expect(held.status).toBe(429)
    expect(errorText(held.body)).toContain('登录失败次数过多')
    expect((await login('leader@yunxi.example', DEMO_PASSWORD, '10.2.0.2')).status).toBe(200)
  })

  test('past a hundred failures for an account, each address gets one try: the owner signs in from home', async () => {
    await makeUser(cms.payload, 'owner@throttle.example', ['township-editor'])
    for (let i = 0; i < 101; i++) {
      const guess = await login('owner@throttle.example', `guess-${i}`, `10.7.${i >> 8}.${i & 255}`)
      expect([401, 429], String(i)).toContain(guess.status)
    }
    // A guesser at a new address gets one more guess there, then waits.
    expect((await login('owner@throttle.example', 'guess-x', '10.8.0.1')).status).toBe(401)
    expect((await login('owner@throttle.example', 'guess-y', '10.8.0.1')).status).toBe(429)
    // The owner, from an address that has not failed, with the right password.
    expect((await login('owner@throttle.example', 'test-password-1', '192.0.2.7')).status).toBe(200)
  })
})

describe('dates and jobs only the server sets', () => {
  test('publishedAt sent by an editor is ignored; the first publication sets it', async () => {
    const created = await api.post(
      '/role-models?draft=true',
      { ...validDoc('role-models', village, 0, 2), publishedAt: '2001-01-01T00:00:00.000Z' },
      { token },
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(created.body.doc.publishedAt ?? null).toBeNull()
    const patched = await api.patch(
      `/role-models/${id}?draft=true`,
      { publishedAt: '2001-01-01T00:00:00.000Z' },
      { token },
    )
    expect(patched.status).toBe(200)
    expect(patched.body.doc.publishedAt ?? null).toBeNull()
    const users = Object.fromEntries(
      await Promise.all(
        ['editor', 'reviewer', 'leader'].map(async (role) => [
          role,
          {
            ...(
              await cms.payload.find({
                collection: 'users',
                where: { email: { equals: `${role}@yunxi.example` } },
              })
            ).docs[0],
            collection: 'users',
          },
        ]),
      ),
    )
    const before = Date.now()
    for (const [role, action] of [
      ['editor', 'submit'],
      ['reviewer', 'review'],
      ['leader', 'approve'],
    ] as const)
      await transition(cms.payload, { collection: 'role-models', id, action, user: users[role] as never })
    const published = await cms.payload.findByID({ collection: 'role-models', id })
    expect(new Date(published.publishedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
  })

  test('a signed-in editor cannot run the jobs queue', async () => {
    const { status } = await api.get('/payload-jobs/run', { token })
    expect([401, 403]).toContain(status)
  })

  test('duplicating a document gives it a slug of its own and no publication date', async () => {
    const editor = await makeUser(cms.payload, 'dup@yunxi.example', ['township-editor'])
    const original = (
      await cms.payload.find({
        collection: 'role-models',
        where: { _status: { equals: 'published' } },
        limit: 1,
      })
    ).docs[0]
    const copy = await cms.payload.duplicate({
      collection: 'role-models',
      id: original.id,
      draft: true,
      user: editor as never,
      overrideAccess: false,
    })
    expect(copy.slug).toBe(`${original.slug}-2`)
    expect(copy.publishedAt ?? null).toBeNull()
    expect(copy._status).toBe('draft')
  })
})
