/**
 * A script on another origin (the portal, on the same host and so the same site: the cookie goes
 * along) cannot act through a signed-in user's cookie, even a user who may take the action:
 * Payload's CSRF allow-list holds only the admin's own origin. Driven in Debian's Chromium against
 * the real Next server; the same requests by the same users from the admin's own origin go
 * through, so the test tells the two apart.
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

/**
 * The writes a page may send to another origin without a preflight, so that the browser sends
 * them with the user's cookie and only the CMS can refuse them: a create as a multipart form (as
 * the admin posts one), and a review action as JSON in a body with no Content-Type at all (a Blob
 * without a type), which the review endpoint reads as JSON. (A create's JSON without a Content-Type
 * is no vector: Payload reads no data from it, from any origin.) `cms` is where they go; `page` is
 * where they are sent from. The answers are opaque to another origin.
 */
const create = (page: Page, cms: string, name: string, village: number) =>
  page.evaluate(
    async ({ cms, name, village }) => {
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
    },
    { cms, name, village },
  )

const returnForEdits = (page: Page, cms: string, id: number) =>
  page.evaluate(
    async ({ cms, id }) => {
      await fetch(`${cms}/api/role-models/${id}/review`, {
        method: 'POST',
        body: new Blob([JSON.stringify({ action: 'return', reason: '跨站退回' })]),
        credentials: 'include',
        mode: 'no-cors',
      })
    },
    { cms, id },
  )

const api = async (pathAndQuery: string) => (await fetch(`${server.url}/api${pathAndQuery}`)).json()
const staffView = async (page: Page, pathAndQuery: string) =>
  page.evaluate(
    async (url) => (await fetch(url, { credentials: 'include' })).json(),
    `${server.url}/api${pathAndQuery}`,
  )
const namesLike = async (page: Page, name: string) =>
  (
    (await staffView(page, `/role-models?draft=true&where[name][like]=${encodeURIComponent(name)}&depth=0`))
      .docs as { name: string }[]
  )
    .map((d) => d.name)
    .sort()

describe('a signed-in user who may do the action visits a page on another origin', () => {
  test('a township editor: its form post creates nothing; from the admin it creates the role model', async () => {
    const editor = await signIn('editor@yunxi.example')
    const attacker = await editor.context().newPage()
    await attacker.goto(portal.origin)
    await create(attacker, server.url, '跨站榜样', qingxiId)
    expect(await namesLike(editor, '跨站榜样')).toEqual([])

    // The same requests, by the same user, from the admin's own origin.
    await create(editor, server.url, '同源榜样', qingxiId)
    expect(await namesLike(editor, '同源榜样')).toEqual(['同源榜样'])
    await editor.context().close()
  })

  test('a reviewer: its 退回 as JSON takes no review action; from the admin it returns the document', async () => {
    const reviewer = await signIn('reviewer@yunxi.example')
    const attacker = await reviewer.context().newPage()
    await attacker.goto(portal.origin)
    await returnForEdits(attacker, server.url, submittedId)
    expect((await staffView(reviewer, `/role-models/${submittedId}?draft=true&depth=0`)).reviewState).toBe(
      'submitted',
    )

    await returnForEdits(reviewer, server.url, submittedId)
    expect((await staffView(reviewer, `/role-models/${submittedId}?draft=true&depth=0`)).reviewState).toBe(
      'returned',
    )
    await reviewer.context().close()
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
