/**
 * A script on another origin (the portal, on the same host and so the same site) cannot act
 * through a signed-in editor's or leader's cookie: Payload's CSRF allow-list holds only the
 * admin's own origin. Driven in Debian's Chromium against the real Next server; the same requests
 * from the admin's own origin go through, so the test can tell the two apart.
 */
import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { DEMO_PASSWORD } from '@xiangfeng/cms/seed/data/places'
import { launchBrowser, signInToAdmin } from '../helpers/browser'
import { startCms } from '../helpers/payload'
import { type RunningCms, serveCms, servePortal } from '../helpers/server'

let server: RunningCms
let portal: { server: http.Server; origin: string }
let browser: Browser
let qingxiId: number
let submittedId: number

beforeAll(async () => {
  const cms = await startCms({ seeded: true })
  qingxiId = (await cms.payload.find({ collection: 'villages', where: { slug: { equals: 'qing-xi-cun' } } }))
    .docs[0].id as number
  // 何军 waits for 复审 in the demo.
  submittedId = (
    await cms.payload.find({ collection: 'role-models', where: { name: { equals: '何军' } }, draft: true })
  ).docs[0].id as number
  await cms.close({ keepData: true })
  server = await serveCms({ dataDir: cms.dataDir })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-attacker-'))
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>门户</title><p>门户网站</p>')
  portal = await servePortal(dir)
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  portal?.server.close()
  await server?.stop()
})

/** A browser of its own for each user, signed in to the admin. */
const signIn = (email: string) => signInToAdmin(browser, server.url, email, DEMO_PASSWORD)

/** Simple requests a page may send anywhere without a preflight: a form post and a text/plain post. */
const sendFrom = (page: Page, cms: string, name: string, village: number, reviewId: number) =>
  page.evaluate(
    async ({ cms, name, village, reviewId }) => {
      const form = new FormData()
      form.append(
        '_payload',
        JSON.stringify({
          name,
          subjectType: 'person',
          category: 'good-neighbour',
          summary: '跨站写入',
          village,
        }),
      )
      await fetch(`${cms}/api/role-models?draft=true`, {
        method: 'POST',
        body: form,
        credentials: 'include',
        mode: 'no-cors',
      })
      await fetch(`${cms}/api/role-models/${reviewId}/review`, {
        method: 'POST',
        body: JSON.stringify({ action: 'return', reason: '跨站退回' }),
        headers: { 'content-type': 'text/plain' },
        credentials: 'include',
        mode: 'no-cors',
      })
    },
    { cms, name, village, reviewId },
  )

const api = async (pathAndQuery: string) => (await fetch(`${server.url}/api${pathAndQuery}`)).json()
const staffView = async (page: Page, pathAndQuery: string) =>
  page.evaluate(
    async (url) => (await fetch(url, { credentials: 'include' })).json(),
    `${server.url}/api${pathAndQuery}`,
  )

describe('a signed-in leader visits a page on another origin', () => {
  test('its form and text/plain posts to the CMS create nothing and take no review action', async () => {
    const admin = await signIn('leader@yunxi.example')
    const attacker = await admin.context().newPage()
    await attacker.goto(portal.origin)
    await sendFrom(attacker, server.url, '跨站榜样', qingxiId, submittedId)

    const found = await staffView(admin, `/role-models?draft=true&where[name][equals]=跨站榜样&depth=0`)
    expect(found.totalDocs).toBe(0)
    const doc = await staffView(admin, `/role-models/${submittedId}?draft=true&depth=0`)
    expect(doc.reviewState).toBe('submitted')
    await admin.context().close()
  })

  test('the same posts from the admin’s own origin do go through (the check above could fail)', async () => {
    const editor = await signIn('editor@yunxi.example')
    await sendFrom(editor, server.url, '同源榜样', qingxiId, 0)
    const found = await staffView(editor, `/role-models?draft=true&where[name][equals]=同源榜样&depth=0`)
    expect(found.totalDocs).toBe(1)
    await editor.context().close()
  })

  test('the API gives another origin no CORS permission; the admin’s own origin gets it', async () => {
    const from = async (origin: string) =>
      (await fetch(`${server.url}/api/users/me`, { headers: { Origin: origin } })).headers.get(
        'access-control-allow-origin',
      )
    expect(await from(portal.origin)).toBeNull()
    expect(await from(server.url)).toBe(server.url)
    expect((await api('/townships')).totalDocs).toBe(1)
  })
})
