/**
 * Publishing as editors do it: an edit passes 三审 in the admin (Debian's Chromium, the built
 * Next admin) and appears on the served portal; a build that fails leaves that page served and
 * says so in the admin.
 */
import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'

import { chinaClock, chinaDay } from '@xiangfeng/content-schema/china'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { buildSite } from '@xiangfeng/cms/publish/pipeline'
import { DEMO_PASSWORD } from '@xiangfeng/cms/seed/data/places'
import { launchBrowser, signInToAdmin } from '../helpers/browser'
import { startCms } from '../helpers/payload'
import { freePort, type RunningCms, serveCms, servePortal } from '../helpers/server'

const PROFILE = '/role-models/qing-xi-cun/zhang-jian-min/'
let server: RunningCms
let portal: http.Server
let portalUrl: string
let browser: Browser
let profileId: string
let portraitFile: string
/** The profile's private values: in the CMS, never in a preview. */
let privateValues: string[]

beforeAll(async () => {
  // Kiosk pages name the CMS they report to: the server this test starts.
  const cmsPort = await freePort()
  process.env.XIANGFENG_CMS_URL = `http://127.0.0.1:${cmsPort}`
  const cms = await startCms({ seeded: true })
  const model = (
    await cms.payload.find({ collection: 'role-models', where: { slug: { equals: 'zhang-jian-min' } } })
  ).docs[0]
  profileId = String(model.id)
  privateValues = [
    model.contact?.phone,
    model.contact?.idNumber,
    model.contact?.address,
    model.consent?.scope,
  ].filter((v): v is string => Boolean(v))
  const portrait = model.portrait as { filename: string }
  portraitFile = path.join(cms.dataDir, 'media', portrait.filename)
  // A third screen, on all day, that last reported at SILENT_SINCE and has been silent since.
  const silent = await cms.payload.create({
    collection: 'screens',
    data: {
      name: '村委会议室屏',
      village: model.village,
      orientation: 'landscape',
      hours: allDay,
    } as never,
  })
  await cms.payload.update({
    collection: 'screens',
    id: silent.id,
    data: { lastSeenAt: SILENT_SINCE.toISOString() },
    context: { statusReport: true },
  })
  const first = await buildSite(cms.payload, 'test')
  expect(first.ok).toBe(true)
  await cms.close({ keepData: true })
  // The server runs its jobs queue, as `npm start` does: publishing queues the rebuild.
  server = await serveCms({ dataDir: cms.dataDir, port: cmsPort, env: { XIANGFENG_JOBS: 'on' } })
  ;({ server: portal, origin: portalUrl } = await servePortal(path.join(cms.dataDir, 'site', 'current')))
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  portal?.close()
  await server?.stop()
})

/** Every day of the week, all day. */
const allDay = ['1', '2', '3', '4', '5', '6', '7'].map((weekday) => ({ weekday, on: '00:00', off: '24:00' }))
const SILENT_SINCE = new Date('2026-11-20T01:30:00Z')

async function signIn(email: string): Promise<Page> {
  const page = await signInToAdmin(browser, server.url, email, DEMO_PASSWORD)
  await page.goto(`${server.url}/admin/collections/role-models/${profileId}`)
  return page
}

async function press(page: Page, button: string, nextState: string) {
  await page.getByRole('button', { name: button }).click()
  await expect
    .poll(() => page.locator('.review-actions').textContent(), { timeout: 30_000 })
    .toContain(nextState)
}

const servedProfile = async () => (await fetch(portalUrl + PROFILE)).text()

async function tokenOf(email: string) {
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  return ((await login.json()) as { token: string }).token
}

type Doc = Record<string, string>

/** The first element `tag` whose text includes `text`, as served (pictures set aside: see below). */
function element(html: string, tag: string, text: string) {
  const found = [...html.matchAll(new RegExp(`<${tag}[ >][\\s\\S]*?</${tag}>`, 'g'))].find((m) =>
    m[0].includes(text),
  )
  // The planned differences: the portal serves encoded variants, the preview the upload; and a
  // slide's place in the loop (its label, and only the first shows before the loop starts).
  return found?.[0]
    .replace(/<picture>[\s\S]*?<\/picture>|<img [^>]*>/g, '[picture]')
    .replace(/ aria-label="第\d+条，共\d+条"/, '')
    .replace(/ hidden=""/, '')
}

test('the preview shows the reviewer the article and slide the portal serves, and nothing private', async () => {
  const authorization = `JWT ${await tokenOf('reviewer@yunxi.example')}`
  const response = await fetch(`${server.url}/preview/role-models/${profileId}`, {
    headers: { authorization },
  })
  expect(response.status).toBe(200)
  const preview = await response.text()
  const served = element(await servedProfile(), 'article', '<h1>张建民</h1>')
  expect(served).toContain('[picture]')
  expect(element(preview, 'article', '<h1>张建民</h1>')).toBe(served)
  for (const value of privateValues) expect(preview).not.toContain(value)
  expect(privateValues.length).toBe(4)

  const slide = await (
    await fetch(`${server.url}/preview/role-models/${profileId}/kiosk`, { headers: { authorization } })
  ).text()
  const kiosk = await (await fetch(`${portalUrl}/kiosk/qing-xi-cun/`)).text()
  const servedSlide = element(kiosk, 'article', '<h1>张建民</h1>')
  expect(servedSlide).toContain('<svg')
  expect(element(slide, 'article', '<h1>张建民</h1>')).toBe(servedSlide)
})

test('a selection batch’s preview is the honours list and the kiosk slide the portal serves', async () => {
  const authorization = `JWT ${await tokenOf('reviewer@yunxi.example')}`
  const batches = await (
    await fetch(`${server.url}/api/selection-batches?where[featuredOnKiosk][equals]=true&depth=0`, {
      headers: { authorization },
    })
  ).json()
  const batch = batches.docs[0] as { id: number; slug: string; title: string }
  const heading = `<h1>${batch.title}公示</h1>`
  const preview = await (
    await fetch(`${server.url}/preview/selection-batches/${batch.id}`, { headers: { authorization } })
  ).text()
  const served = await (await fetch(`${portalUrl}/role-models/batch/zhen/${batch.slug}/`)).text()
  expect(element(served, 'article', heading)).toContain('本批共1名（户、组）')
  expect(element(preview, 'article', heading)).toBe(element(served, 'article', heading))
  const slide = await (
    await fetch(`${server.url}/preview/selection-batches/${batch.id}/kiosk`, { headers: { authorization } })
  ).text()
  const kiosk = await (await fetch(`${portalUrl}/kiosk/qing-xi-cun/`)).text()
  expect(element(kiosk, 'article', heading)).toContain('data-kind="batch"')
  expect(element(slide, 'article', heading)).toBe(element(kiosk, 'article', heading))
})

test.each([
  [
    'notices',
    'urgent',
    (d: Doc) => `/notices/${d.village}/${d.slug}/`,
    'article',
    (d: Doc) => `<h1>${d.title}</h1>`,
  ],
  ['grids', 'name', (d: Doc) => `/villages/${d.village}/grids/`, 'section', (d: Doc) => `>${d.name}</h2>`],
  [
    'points-boards',
    'month',
    (d: Doc) => `/villages/${d.village}/points/${d.slug}/`,
    'article',
    () => '积分红黑榜</h1>',
  ],
] as const)('a preview of %s shows what the portal serves', async (collection, sort, pathOf, tag, marker) => {
  const authorization = `JWT ${await tokenOf('reviewer@yunxi.example')}`
  const found = await (
    await fetch(`${server.url}/api/${collection}?sort=-${sort}&limit=1&depth=1`, {
      headers: { authorization },
    })
  ).json()
  const doc = found.docs[0] as Doc & { id: number; village: { slug: string } }
  const flat = { ...doc, village: doc.village.slug } as unknown as Doc
  const preview = await (
    await fetch(`${server.url}/preview/${collection}/${doc.id}`, { headers: { authorization } })
  ).text()
  const served = await (await fetch(`${portalUrl}${pathOf(flat)}`)).text()
  const expected = element(served, tag, marker(flat))
  expect(expected).toBeDefined()
  expect(element(preview, tag, marker(flat))).toBe(expected)
  const slide = await (
    await fetch(`${server.url}/preview/${collection}/${doc.id}/kiosk`, { headers: { authorization } })
  ).text()
  expect(slide).toContain('class="slide"')
})

test('a preview needs a signed-in user who may read the document', async () => {
  const signedOut = await (await fetch(`${server.url}/preview/role-models/${profileId}`)).text()
  expect(signedOut).toContain('请先')
  expect(signedOut).not.toContain('张建民')
  // 何军 belongs to 桃源村, not to qingxi@'s village.
  const other = await fetch(`${server.url}/api/role-models?where[name][equals]=何军&draft=true`, {
    headers: { authorization: `JWT ${await tokenOf('editor@yunxi.example')}` },
  })
  const otherId = ((await other.json()) as { docs: { id: string }[] }).docs[0].id
  const officer = await fetch(`${server.url}/preview/role-models/${otherId}`, {
    headers: { authorization: `JWT ${await tokenOf('qingxi@yunxi.example')}` },
  })
  expect(officer.status).toBe(404)
  const refusal = await officer.text()
  expect(refusal).not.toContain('何军')
  expect(refusal).toContain('找不到这条内容')
})

test.each(['-1', '1%20or%201=1', '1%00', '..%2F..%2Fapi', '99999999999999999999', '%E5%BC%A0'])(
  'a preview of id %s answers 404 in Chinese, not a server error',
  async (id) => {
    const authorization = `JWT ${await tokenOf('reviewer@yunxi.example')}`
    for (const address of [`/preview/role-models/${id}`, `/preview/role-models/${id}/kiosk`]) {
      const response = await fetch(`${server.url}${address}`, { headers: { authorization } })
      expect(response.status, address).toBe(404)
      expect(await response.text(), address).toContain('找不到这条内容')
    }
  },
)

test('an edit that passes 三审 in the admin appears on the served portal', async () => {
  const summary = '入党三十二年的老支书，带领村民修通进山路，如今又带头办起了村史馆。'
  expect(await servedProfile()).not.toContain('村史馆')

  const editor = await signIn('editor@yunxi.example')
  await editor.locator('#field-summary').fill(summary)
  await editor.locator('#action-save-draft').click()
  await expect
    .poll(() => editor.locator('.review-actions').textContent(), { timeout: 30_000 })
    .toContain('草稿')
  await editor.reload()
  await press(editor, '提交审核（初审通过）', '待复审')
  await editor.context().close()

  const reviewer = await signIn('reviewer@yunxi.example')
  await press(reviewer, '复审通过', '待终审')
  await reviewer.context().close()

  const leader = await signIn('leader@yunxi.example')
  // The job schedule also runs waiting builds once a minute, at second 0. Approved no later than
  // second 50, a build that starts within 8 s was started by the publish itself, at once.
  while (new Date().getSeconds() > 50) await leader.waitForTimeout(500)
  const approvedAt = Date.now()
  await press(leader, '终审通过并发布', '已发布')
  await expect.poll(servedProfile, { timeout: 90_000, interval: 1000 }).toContain('村史馆')
  const builds = await fetch(`${server.url}/api/site-builds?sort=-startedAt&limit=1&depth=0`, {
    headers: { authorization: `JWT ${await tokenOf('editor@yunxi.example')}` },
  })
  const startedAt = new Date((await builds.json()).docs[0].startedAt).getTime()
  expect(startedAt).toBeGreaterThan(approvedAt)
  expect(startedAt - approvedAt).toBeLessThan(8_000)
  await leader.context().close()
}, 240_000)

test('a village officer creates a profile with a portrait; reviewer and leader preview it and pass it; it goes live', async () => {
  const sharp = (await import('sharp')).default
  const portrait = path.join(server.dataDir, 'zhou-gui-lan.jpg')
  await sharp({ create: { width: 900, height: 1200, channels: 3, background: '#b35c44' } })
    .jpeg()
    .toFile(portrait)

  const officer = await signInToAdmin(browser, server.url, 'qingxi@yunxi.example', DEMO_PASSWORD)
  await officer.goto(`${server.url}/admin/collections/role-models/create`)
  await officer.locator('#field-name').fill('周桂兰')
  await officer.locator('#field-category').click()
  await officer.getByText('孝老敬亲好儿媳', { exact: true }).click()
  await officer.locator('#field-summary').fill('照顾瘫痪婆婆二十年的好儿媳。')
  await officer.locator('#field-portrait').getByRole('button', { name: '创建新条目' }).click()
  const drawer = officer.locator('.drawer__content').last()
  await drawer.locator('input[type="file"]').setInputFiles(portrait)
  await drawer.locator('#field-alt').fill('周桂兰在家中')
  await drawer.locator('#action-save').click()
  await expect
    .poll(() => officer.locator('#field-portrait').textContent(), { timeout: 30_000 })
    .toContain('zhou-gui-lan')
  await officer.locator('#action-save-draft').click()
  const actions = officer.locator('.review-actions')
  await expect
    .poll(() => actions.locator('button').allTextContents(), { timeout: 30_000 })
    .toEqual(['提交审核（初审通过）'])
  expect(await actions.textContent()).not.toContain('发布前还需修改')
  await actions.getByRole('button', { name: '提交审核（初审通过）' }).click()
  await expect.poll(() => actions.textContent(), { timeout: 30_000 }).toContain('待复审')
  const docUrl = officer.url()
  await officer.context().close()

  for (const [email, button, next] of [
    ['reviewer@yunxi.example', '复审通过', '待终审'],
    ['leader@yunxi.example', '终审通过并发布', '已发布'],
  ]) {
    const page = await signInToAdmin(browser, server.url, email, DEMO_PASSWORD)
    await page.goto(docUrl)
    const [preview] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: '预览' }).click(),
    ])
    await expect.poll(() => preview.locator('article h1').textContent(), { timeout: 30_000 }).toBe('周桂兰')
    const picture = preview.locator('article img').first()
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 20_000 })
      .toBe(900)
    expect(await picture.getAttribute('alt')).toBe('周桂兰在家中')
    await preview.close()
    await press(page, button, next)
    await page.context().close()
  }

  const live = `${portalUrl}/role-models/qing-xi-cun/zhou-gui-lan/`
  await expect.poll(async () => (await fetch(live)).status, { timeout: 90_000, interval: 1000 }).toBe(200)
  const html = await (await fetch(live)).text()
  expect(html).toContain('<h1>周桂兰</h1>')
  expect(html).toMatch(/<img src="\/img\/[0-9a-f]{16}-900\.jpg" alt="周桂兰在家中"/)
}, 300_000)

test('a build that fails leaves the page served and shows the error to editors in the admin', async () => {
  const liveBefore = await servedProfile()
  // A picture damaged on disk: the export copies it, the picture encoder cannot read it.
  fs.writeFileSync(portraitFile, 'not a picture')

  const leader = await signIn('leader@yunxi.example')
  const api = async (email: string, method: string, url: string, body?: unknown) => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    })
    const { token } = await login.json()
    const response = await fetch(server.url + url, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    expect(response.status, `${method} ${url}: ${await response.clone().text()}`).toBeLessThan(300)
  }
  await api('editor@yunxi.example', 'PATCH', `/api/role-models/${profileId}?draft=true`, {
    summary: '这一版不会上线，因为网站生成失败。',
  })
  await api('editor@yunxi.example', 'POST', `/api/role-models/${profileId}/review`, { action: 'submit' })
  await api('reviewer@yunxi.example', 'POST', `/api/role-models/${profileId}/review`, { action: 'review' })
  await api('leader@yunxi.example', 'POST', `/api/role-models/${profileId}/review`, { action: 'approve' })

  await leader.goto(`${server.url}/admin/collections/site-builds`)
  await expect
    .poll(
      async () => {
        await leader.reload()
        return leader.locator('table').textContent()
      },
      { timeout: 90_000, interval: 2000 },
    )
    .toContain('失败（线上未变）')
  const table = await leader.locator('table').textContent()
  expect(table).toContain('网站生成失败，线上网站保持不变')
  expect(table).toContain(`图片 media/${path.basename(portraitFile)} 无法处理`)
  expect(await servedProfile()).toBe(liveBefore)
  await leader.context().close()
}, 240_000)

test('a kiosk reports to the CMS: the admin lists it online with when it last reported, a silent one offline, one past its hours as scheduled off', async () => {
  const token = await (
    await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@yunxi.example', password: DEMO_PASSWORD }),
    })
  )
    .json()
    .then((body) => body.token as string)
  const api = (url: string, init: RequestInit = {}) =>
    fetch(server.url + url, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    }).then((response) => response.json())
  const screens = (await api('/api/screens?depth=0')).docs as { id: number; slug: string; key: string }[]
  const tv = screens.find((s) => s.slug === 'da-ting-dian-shi')!
  const totem = screens.find((s) => s.slug === 'li-shi-ping')!
  // The TV is on all day, every day; the totem only on a day that is not today (China time).
  const today = Number(chinaClock(new Date()).weekday)
  await api(`/api/screens/${tv.id}`, { method: 'PATCH', body: JSON.stringify({ hours: allDay }) })
  await api(`/api/screens/${totem.id}`, {
    method: 'PATCH',
    body: JSON.stringify({ hours: [{ weekday: String((today % 7) + 1), on: '08:00', off: '18:00' }] }),
  })

  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })
  const kiosk = await context.newPage()
  await kiosk.goto(`${portalUrl}/kiosk/qing-xi-cun/da-ting-dian-shi/?key=${tv.key}`)
  const liveBuild = await kiosk.evaluate(() => JSON.parse(document.body.dataset.kiosk!).build)
  await expect
    .poll(async () => (await api(`/api/screens/${tv.id}`)).buildId, { timeout: 30_000, interval: 1000 })
    .toBe(liveBuild)
  const reported = await api(`/api/screens/${tv.id}`)
  expect(reported.status).toBe('online')
  // The first report is sent as the page starts; the next would come two minutes later.
  expect(reported.uptimeSeconds).toBe(0)
  expect(Date.now() - new Date(reported.lastSeenAt).getTime()).toBeLessThan(60_000)

  const admin = await signIn('editor@yunxi.example')
  await admin.goto(`${server.url}/admin/collections/screens`)
  const row = (name: string) => admin.locator('table tbody tr', { hasText: name })
  await expect.poll(() => row('一楼大厅电视').textContent(), { timeout: 15_000 }).toContain('在线')
  // Last seen, in China time (the browser's zone here), as 2026年11月23日 10:05.
  const [year, month, day] = chinaDay(reported.lastSeenAt).split('-').map(Number)
  // Cells fill in as the list loads: read each row until it is complete.
  const rowText = (name: string, text: string) =>
    expect.poll(() => row(name).textContent(), { timeout: 15_000 }).toContain(text)
  await rowText(
    '一楼大厅电视',
    `${year}年${month}月${day}日 ${chinaClock(new Date(reported.lastSeenAt)).time}`,
  )
  await rowText('村委会议室屏', '2026年11月20日 09:30')
  const silent = await row('村委会议室屏').textContent()
  expect(silent).toContain('离线')
  expect(silent).not.toContain('在线')
  await rowText('服务大厅立式屏', '按计划关闭')
  // The screen's page shows its kiosk address, key included, with a QR code to open it on the device.
  await admin.goto(`${server.url}/admin/collections/screens/${tv.id}`)
  const link = admin.locator('.kiosk-link')
  await expect
    .poll(() => link.textContent(), { timeout: 20_000 })
    .toContain(`/kiosk/qing-xi-cun/da-ting-dian-shi/?key=${tv.key}`)
  expect(await link.locator('img').getAttribute('src')).toMatch(/^data:image\/png;base64,/)
  await admin.context().close()
  await context.close()
}, 120_000)
