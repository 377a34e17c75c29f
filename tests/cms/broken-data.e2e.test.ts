/**
 * One published document with broken stored data never stops the portal: a portrait whose file
 * is gone from data/media and a notice whose stored date no reader can parse are left out of the
 * build with the reason on its record and on the dashboard, the rest goes live, and staff can
 * still open and delete the broken documents.
 */
import fs from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-sqlite'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { clearUnreadableDates } from '@xiangfeng/cms/db/unreadableDates'
import type { Media, Notice, RoleModel, SiteBuild } from '@xiangfeng/cms/payload-types'
import { exportPublic } from '@xiangfeng/cms/publish/export'
import { buildSite, liveSiteDir } from '@xiangfeng/cms/publish/pipeline'
import { DEMO_PASSWORD } from '@xiangfeng/cms/seed/data/places'
import { launchBrowser, signInToAdmin } from '../helpers/browser'
import { apiClient, startCms, type TestCms } from '../helpers/payload'
import { type RunningCms, serveCms } from '../helpers/server'

const BAD_DATE = '2026年13月45日'

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
let lostPortrait: RoleModel
let badNotice: Notice
let goodNotice: Notice

type Run = (query: unknown) => Promise<unknown>
const run = (query: unknown) => (cms.payload.db as unknown as { drizzle: { run: Run } }).drizzle.run(query)

beforeAll(async () => {
  cms = await startCms({ seeded: true })
  api = await apiClient(cms.config)
  const published = { _status: { equals: 'published' } } as const
  lostPortrait = (
    await cms.payload.find({
      collection: 'role-models',
      where: { ...published, portrait: { exists: true } },
      depth: 1,
      limit: 1,
    })
  ).docs[0]
  const [bad, good] = (
    await cms.payload.find({ collection: 'notices', where: published, depth: 0, limit: 2 })
  ).docs
  badNotice = bad
  goodNotice = good
  fs.rmSync(path.join(cms.dataDir, 'media', (lostPortrait.portrait as Media).filename!))
  // As a hand edit of the database file leaves it, in the document and in its versions.
  await run(sql`UPDATE notices SET valid_from = ${BAD_DATE} WHERE id = ${badNotice.id}`)
  await run(sql`UPDATE _notices_v SET version_valid_from = ${BAD_DATE} WHERE parent_id = ${badNotice.id}`)
}, 120_000)
afterAll(async () => cms?.close())

describe('before a build', () => {
  test('the unreadable date makes its notice unreadable to Payload (the state this guards against)', async () => {
    await expect(cms.payload.findByID({ collection: 'notices', id: badNotice.id, depth: 0 })).rejects.toThrow(
      /Invalid time value/,
    )
  })
})

describe('a build over broken data', () => {
  let record: SiteBuild
  beforeAll(async () => {
    const result = await buildSite(cms.payload, 'broken data test')
    expect(result).toMatchObject({ ok: true })
    record = (
      await cms.payload.find({
        collection: 'site-builds',
        where: { buildId: { equals: result.buildId } },
        depth: 0,
      })
    ).docs[0]
  }, 300_000)

  test('goes live, without the two broken documents and with the rest', async () => {
    expect(record.status).toBe('succeeded')
    const snapshot = JSON.parse(
      fs.readFileSync(path.join(cms.dataDir, 'site', 'snapshot', 'snapshot.json'), 'utf8'),
    )
    const roleModels = snapshot.roleModels.map((m: { id: string }) => m.id)
    const notices = snapshot.notices.map((n: { id: string }) => n.id)
    expect(roleModels).not.toContain(String(lostPortrait.id))
    expect(roleModels.length).toBeGreaterThan(5)
    expect(notices).not.toContain(String(badNotice.id))
    expect(notices).toContain(String(goodNotice.id))
    expect(fs.existsSync(path.join(liveSiteDir(), 'role-models'))).toBe(true)
  })

  test('the build record says which documents were left out and why, in Chinese', () => {
    expect(record.warnings).toContain(
      `通知公告（编号 ${badNotice.id}）存的日期「${BAD_DATE}」无法识别，已清空`,
    )
    expect(record.warnings).toContain(`通知公告「${badNotice.title}」`)
    expect(record.warnings).toMatch(
      new RegExp(`好榜样「${lostPortrait.name}」：图片「[^」]+」的文件在存储里找不到了`),
    )
    expect(record.withheld).toEqual(
      expect.arrayContaining([
        { collection: 'role-models', id: String(lostPortrait.id), title: lostPortrait.name },
        { collection: 'notices', id: String(badNotice.id), title: badNotice.title },
      ]),
    )
  })

  test('an export told a portrait file is gone withholds the role model and names the file', async () => {
    const src = `media/${(lostPortrait.portrait as Media).filename}`
    const told = await exportPublic(cms.payload, new Date(), new Set([src]))
    expect(told.snapshot.roleModels.map((m) => m.id)).not.toContain(String(lostPortrait.id))
    expect(told.withheld).toContainEqual(
      expect.objectContaining({
        collection: 'role-models',
        id: String(lostPortrait.id),
        problems: [expect.stringContaining(`的文件在存储里找不到了（${src}）`)],
      }),
    )
    // Not told, the export cannot know: it is the copy of the files that finds out.
    const untold = await exportPublic(cms.payload)
    expect(untold.snapshot.roleModels.map((m) => m.id)).toContain(String(lostPortrait.id))
  })

  test('the cleared date is gone from every table, so a second scan finds nothing', async () => {
    expect(await clearUnreadableDates(cms.payload)).toEqual([])
  })

  test('the broken notice answers its REST read with 200 again', async () => {
    const token = await api.login('editor@yunxi.example', DEMO_PASSWORD)
    const { status, body } = await api.get(`/notices/${badNotice.id}?depth=0`, { token })
    expect(status).toBe(200)
    expect(body.validFrom ?? null).toBeNull()
  })
})

describe('in the admin', () => {
  let server: RunningCms
  let browser: Browser
  beforeAll(async () => {
    await cms.close({ keepData: true })
    server = await serveCms({ dataDir: cms.dataDir })
    browser = await launchBrowser()
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    fs.rmSync(cms.dataDir, { recursive: true, force: true })
  })

  test('the dashboard links the withheld role model, and the link opens it', async () => {
    const page = await signInToAdmin(browser, server.url, 'editor@yunxi.example', DEMO_PASSWORD)
    const panel = page.locator('section', { has: page.getByRole('heading', { name: '网站发布' }) })
    await expect.poll(() => panel.textContent(), { timeout: 20_000 }).toContain('最近一次发布已上线')
    await panel.getByRole('link', { name: lostPortrait.name }).click()
    await page.waitForURL(new RegExp(`/admin/collections/role-models/${lostPortrait.id}$`))
    await expect
      .poll(() => page.locator('input[name="name"]').inputValue(), { timeout: 20_000 })
      .toBe(lostPortrait.name)
  })

  test('the broken notice can be deleted by a township editor (200)', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email: 'editor@yunxi.example', password: DEMO_PASSWORD }),
    })
    const { token } = await login.json()
    const res = await fetch(`${server.url}/api/notices/${badNotice.id}`, {
      method: 'DELETE',
      headers: { authorization: `JWT ${token}`, origin: server.url },
    })
    expect(res.status).toBe(200)
  })
})
