/**
 * The village screens' kiosk, built from the demo township, served as the portal is served and
 * driven in Debian's Chromium at TV (1920×1080) and totem (1080×1920) sizes. Time is Playwright's
 * fake clock: each test moves it on (runFor) exactly as far as the behaviour needs; the kiosk's
 * runtime has no test hook of its own.
 */
import fs from 'node:fs'
import type http from 'node:http'
import type net from 'node:net'
import path from 'node:path'

import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { astroBuild } from '@xiangfeng/cms/publish/pipeline'
import { clockPausedAt, launchBrowser, launchWithProfile } from '../helpers/browser'
import { servePortal } from '../helpers/server'
import { demoSite, DEMO_NOW, type DemoSite, sharedImageCache } from '../helpers/site'

let site: DemoSite
let server: http.Server
let origin: string
let browser: Browser
/** The served folder is a symlink, switched to deploy a build, as the pipeline does. */
let live: string

const landscape = { width: 1920, height: 1080 }
const portrait = { width: 1080, height: 1920 }
const TV = '/kiosk/qing-xi-cun/da-ting-dian-shi/'
const TOTEM = '/kiosk/tao-yuan-cun/li-shi-ping/'
const VILLAGE = '/kiosk/qing-xi-cun/'

beforeAll(async () => {
  site = demoSite()
  live = path.join(site.work, 'live')
  fs.symlinkSync(site.dist, live)
  ;({ server, origin } = await servePortal(live))
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  server?.close()
  site?.remove()
})

type Report = { key: string; buildId: string; uptimeSeconds: number; lastError: string }

/** A kiosk page; the heartbeats it sends (with a `key` in its address) are kept in `reports`. */
async function openKiosk(
  url: string,
  viewport = landscape,
): Promise<{ context: BrowserContext; page: Page; reports: Report[] }> {
  const context = await browser.newContext({ viewport, hasTouch: true, locale: 'zh-CN' })
  // Monday 10:00 in China, within every demo screen's hours, whenever the tests run; it moves
  // when a test runs it on.
  await clockPausedAt(context, DEMO_NOW)
  const reports: Report[] = []
  await context.route('**/api/screens/*/heartbeat', (route) => {
    reports.push(JSON.parse(route.request().postData() ?? '{}'))
    return route.fulfill({ status: 204 })
  })
  const page = await context.newPage()
  await page.goto(new URL(url, origin).href)
  await page.waitForFunction(() => document.body.dataset.mode !== undefined)
  return { context, page, reports }
}

/** Seconds a slide of the open page shows. */
const slideMsOf = async (page: Page) =>
  Number(await page.evaluate(() => JSON.parse(document.body.dataset.kiosk!).slideSeconds)) * 1000
const state = (page: Page) =>
  page.evaluate(() => ({
    slide: document.body.dataset.slide,
    mode: document.body.dataset.mode,
    loops: Number(document.body.dataset.loops ?? 0),
    build: JSON.parse(document.body.dataset.kiosk!).build,
  }))

describe('attract loop', () => {
  test('advances on its own and pauses the moment someone touches the screen', async () => {
    const { context, page } = await openKiosk(VILLAGE, landscape)
    const slideMs = await slideMsOf(page)
    expect(await state(page)).toMatchObject({ mode: 'loop', slide: '0' })
    await page.clock.runFor(slideMs - 500)
    expect((await state(page)).slide).toBe('0')
    await page.clock.runFor(1000)
    expect(await state(page)).toMatchObject({ mode: 'loop', slide: '1' })
    await page.clock.runFor(slideMs)
    expect((await state(page)).slide).toBe('2')
    await page.touchscreen.tap(960, 400)
    expect(await state(page)).toMatchObject({ mode: 'exploring', slide: '2' })
    // Four slide lengths later it has not moved on.
    await page.clock.runFor(4 * slideMs)
    expect(await state(page)).toMatchObject({ mode: 'exploring', slide: '2' })
    await context.close()
  })

  test('buttons and a swipe both move through the items; section buttons jump', async () => {
    const { context, page } = await openKiosk(VILLAGE, landscape)
    await page.getByRole('button', { name: '下一条' }).click()
    expect((await state(page)).slide).toBe('1')
    await page.getByRole('button', { name: '上一条' }).click()
    expect((await state(page)).slide).toBe('0')
    // Drag right to left across the screen: the next item.
    await page.mouse.move(1400, 500)
    await page.mouse.down()
    await page.mouse.move(600, 500, { steps: 5 })
    await page.mouse.up()
    expect((await state(page)).slide).toBe('1')
    await page.getByRole('button', { name: '村规' }).click()
    expect(await page.locator('.slide:not([hidden])').getAttribute('data-section')).toBe('rules')
    await context.close()
  })

  test('after idle it warns with a countdown, then returns to the loop', async () => {
    // The village screen's idle time is 90 s: the warning shows 10 s before it runs out.
    const { context, page } = await openKiosk(VILLAGE, landscape)
    await page.getByRole('button', { name: '下一条' }).click()
    const warning = page.getByRole('alertdialog')
    await page.clock.runFor(79_500)
    expect(await warning.isVisible()).toBe(false)
    await page.clock.runFor(500)
    expect(await warning.isVisible()).toBe(true)
    expect(await warning.textContent()).toContain('10 秒后回到自动播放')
    await page.clock.runFor(3_000)
    expect(await warning.textContent()).toContain('7 秒后回到自动播放')
    // Touching "继续浏览" keeps the visitor where they were.
    await page.getByRole('button', { name: '继续浏览' }).click()
    expect(await warning.isVisible()).toBe(false)
    expect(await state(page)).toMatchObject({ mode: 'exploring', slide: '1' })
    await page.clock.runFor(81_000)
    expect(await warning.isVisible()).toBe(true)
    await page.clock.runFor(10_000)
    expect(await state(page)).toMatchObject({ mode: 'loop', slide: '0' })
    expect(await warning.isVisible()).toBe(false)
    await context.close()
  })

  test('off hours show only a dimmed clock; the totem is closed on Sundays', async () => {
    const context = await browser.newContext({ viewport: portrait, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.clock.install({ time: new Date('2026-11-29T10:00:00+08:00') })
    await page.goto(`${origin}${TOTEM}`)
    await expect.poll(async () => (await state(page)).mode, { timeout: 15_000 }).toBe('off')
    const off = page.locator('[data-off-hours]')
    expect(await off.isVisible()).toBe(true)
    expect(await off.textContent()).toContain('现在不是开放时间')
    expect(await page.locator('[data-off-clock]').textContent()).toBe('10:00')
    expect(await off.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)')
    await context.close()
  })
})

describe('unattended', () => {
  test('by day the picture moves a few pixels every minute; the screen reports every two minutes', async () => {
    const { context, page, reports } = await openKiosk(`${TV}?key=screen-key`, landscape)
    const transforms: string[] = []
    for (let minute = 1; minute <= 6; minute++) {
      await page.clock.runFor(60_000)
      transforms.push(await page.locator('[data-stage]').evaluate((stage) => stage.style.transform))
    }
    const offsets = transforms.map((t) => /translate\((-?\d+)px, (-?\d+)px\)/.exec(t)!.slice(1).map(Number))
    expect(new Set(transforms).size).toBeGreaterThanOrEqual(2)
    for (const offset of offsets) for (const d of offset) expect(Math.abs(d)).toBeLessThanOrEqual(4)

    // A report at the start and one every two minutes since, each with the key, the build and its uptime.
    await expect.poll(() => reports.length).toBe(4)
    const build = await page.evaluate(() => JSON.parse(document.body.dataset.kiosk!).build)
    for (const report of reports) expect(report).toMatchObject({ key: 'screen-key', buildId: build })
    expect(reports.map((r) => r.uptimeSeconds)).toEqual([0, 120, 240, 360])
    await context.close()
  })

  test('a loop whose timers break starts again from the page and says why in its next report', async () => {
    const { context, page, reports } = await openKiosk(`${TV}?key=screen-key`, landscape)
    const slideMs = await slideMsOf(page)
    await page.clock.runFor(slideMs + 500)
    expect(await state(page)).toMatchObject({ mode: 'loop', slide: '1' })
    await expect.poll(() => reports.length).toBe(1)
    expect(reports[0]?.lastError).toBe('')
    // What a script error can do: the timer chain that moves the loop is gone.
    await page.evaluate(() => {
      ;(window as unknown as { broken: boolean }).broken = true
      window.setTimeout = (() => 0) as unknown as typeof window.setTimeout
    })
    // The watchdog looks every 30 s and reloads once the loop has not moved for five slide lengths.
    await page.clock.runFor(6 * slideMs + 30_000).catch(() => undefined)
    await expect
      .poll(() => page.evaluate(() => 'broken' in window).catch(() => true), { timeout: 15_000 })
      .toBe(false)
    await page.waitForFunction(() => document.body.dataset.mode === 'loop')
    await page.clock.runFor(slideMs + 500)
    expect(await state(page)).toMatchObject({ mode: 'loop', slide: '1' })
    await expect
      .poll(() => reports.at(-1)?.lastError, { timeout: 10_000 })
      .toMatch(/^loop stalled \d+ s; reloaded$/)
    await context.close()
  })
})

describe('layout', () => {
  test('every slide shows one h1, its own title, and moving through the loop counts no layout shift', async () => {
    const { context, page } = await openKiosk(TV, landscape)
    await page.evaluate(() => {
      const shifts: { value: number; input: boolean }[] = ((window as unknown as { shifts: unknown }).shifts =
        [])
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          shifts.push({ value: entry.value, input: entry.hadRecentInput })
      }).observe({ type: 'layout-shift', buffered: true })
    })
    const slideMs = await slideMsOf(page)
    const seen = new Set<string>()
    for (let step = 0; step < 8; step++) {
      const headings = await page
        .locator('h1')
        .evaluateAll((all) => all.filter((h) => h.checkVisibility()).map((h) => h.textContent))
      expect(headings, `step ${step}`).toEqual([await page.locator('.slide:not([hidden]) h1').textContent()])
      seen.add(headings[0]!)
      await page.clock.runFor(slideMs)
    }
    expect(seen.size).toBeGreaterThan(3)
    const shifts = await page.evaluate(
      () => (window as unknown as { shifts: { value: number; input: boolean }[] }).shifts,
    )
    expect(shifts).toEqual([])
    await context.close()
  })

  test('landscape and portrait screens show every item without overflow or scrollbars', async () => {
    for (const [url, viewport] of [
      [TV, landscape],
      [TOTEM, portrait],
      [VILLAGE, landscape],
      [VILLAGE, portrait],
    ] as const) {
      const { context, page } = await openKiosk(url, viewport)
      const shot = await sharp(await page.screenshot()).metadata()
      expect([shot.width, shot.height], url).toEqual([viewport.width, viewport.height])
      const slides = await page.locator('.slide').count()
      expect(slides, url).toBeGreaterThan(2)
      for (let i = 0; i < slides; i++) {
        const overflow = await page.evaluate((n) => {
          const all = Array.from(document.querySelectorAll<HTMLElement>('.slide'))
          all.forEach((s, j) => (s.hidden = j !== n))
          const text = all[n].querySelector<HTMLElement>('.text')!
          const root = document.documentElement
          return {
            page: root.scrollHeight > innerHeight || root.scrollWidth > innerWidth,
            text: text.scrollHeight > text.clientHeight + 1,
          }
        }, i)
        expect(overflow, `${url} ${viewport.width}×${viewport.height} slide ${i}`).toEqual({
          page: false,
          text: false,
        })
      }
      await context.close()
    }
  })

  test('targets are at least 60 px and body text at least 28 px at 1080p', async () => {
    const { context, page } = await openKiosk(TV, landscape)
    const buttons = await page
      .locator('button:visible')
      .evaluateAll((nodes) =>
        nodes.map((b) => b.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)),
      )
    expect(buttons.length).toBeGreaterThan(3)
    expect(Math.min(...buttons)).toBeGreaterThanOrEqual(60)
    const text = await page.$$eval('.slide:not([hidden]) p, .slide:not([hidden]) li', (nodes) =>
      nodes.map((n) => Number.parseFloat(getComputedStyle(n).fontSize)),
    )
    expect(Math.min(...text)).toBeGreaterThanOrEqual(28)
    await context.close()
  })

  test('axe finds no WCAG 2.2 AA violation on any kiosk page, either way up', async () => {
    const violations: string[] = []
    const pages = fs
      .readdirSync(path.join(site.dist, 'kiosk'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('index.html'))
      .map((f) => `/kiosk/${path.dirname(f)}/`.replace('/./', '/'))
    expect(pages.length).toBe(site.snapshot.villages.length + site.snapshot.screens.length)
    for (const viewport of [landscape, portrait]) {
      for (const url of pages) {
        const { context, page } = await openKiosk(url, viewport)
        // axe waits on timers of its own: let time flow.
        await page.clock.resume()
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze()
        for (const v of results.violations)
          violations.push(`${url} ${viewport.width}: ${v.id} ${v.nodes[0]?.target}`)
        await context.close()
      }
    }
    expect(violations).toEqual([])
  })
})

describe('first load', () => {
  test('a screen’s first visit, page and everything its worker keeps, comes compressed and under 150 KB', async () => {
    // Bytes this visit's connections carry, headers included, as a screen's network sees them.
    const sockets = new Set<net.Socket>()
    const track = (socket: net.Socket) => sockets.add(socket)
    server.on('connection', track)
    const { context, page } = await openKiosk(TV, landscape)
    // The worker has installed once every file it keeps is fetched.
    await page.evaluate(() => navigator.serviceWorker.ready)
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 })
      .toBe(true)
    server.off('connection', track)
    const sent = [...sockets].reduce((sum, s) => sum + s.bytesWritten, 0)
    console.log(`kiosk first load of ${TV}: ${(sent / 1024).toFixed(1)} KiB sent`)
    const again = await context.request.get(`${origin}${TV}`, { headers: { 'accept-encoding': 'br, gzip' } })
    expect(again.headers()['content-encoding']).toBe('br')
    expect(sent).toBeGreaterThan(10 * 1024)
    expect(sent).toBeLessThan(150 * 1024)
    await context.close()
  })
})

describe('offline and updates', () => {
  test('with the network gone, a reload still runs the loop with its pictures', async () => {
    const { context, page } = await openKiosk(TV, landscape)
    await page.evaluate(() => navigator.serviceWorker.ready)
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 })
      .toBe(true)
    await context.setOffline(true)
    await page.goto(`${origin}${TV}`)
    await page.waitForFunction(() => document.body.dataset.mode === 'loop')
    await page.clock.runFor((await slideMsOf(page)) + 500)
    expect(await state(page)).toMatchObject({ mode: 'loop', slide: '1' })
    const pictures = await page.locator('.slide img').evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).map((img) => {
        img.loading = 'eager'
        return img.src
      }),
    )
    expect(pictures.length).toBeGreaterThan(0)
    for (const src of pictures) {
      const ok = await page.evaluate(
        (url) =>
          new Promise<boolean>((resolve) => {
            const img = new Image()
            img.onload = () => resolve(img.naturalWidth > 0)
            img.onerror = () => resolve(false)
            img.src = url
          }),
        src,
      )
      expect(ok, src).toBe(true)
    }
    // An address the worker does not keep gets the village's loop, never a browser error page.
    const response = await page.goto(`${origin}/kiosk/qing-xi-cun/removed-screen/`)
    expect(response?.fromServiceWorker()).toBe(true)
    expect(await page.locator('.slide').count()).toBeGreaterThan(1)
    await context.close()
  })

  test('after a device restart with the site unreachable, the loop still runs', async () => {
    // Its own server, so that it can go away for good; its own profile on disk, as a device has.
    const own = await servePortal(live)
    const url = `${own.origin}${TOTEM}`
    const profile = fs.mkdtempSync(path.join(site.work, 'profile-'))
    const options = { viewport: portrait, hasTouch: true, locale: 'zh-CN' }
    const startDevice = async () => {
      const device = await launchWithProfile(profile, options)
      await clockPausedAt(device, DEMO_NOW)
      return device
    }

    let device = await startDevice()
    let page = device.pages()[0] ?? (await device.newPage())
    await page.goto(url)
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 })
      .toBe(true)
    await device.close()
    own.server.closeAllConnections()
    await new Promise((resolve) => own.server.close(resolve))

    device = await startDevice()
    page = device.pages()[0] ?? (await device.newPage())
    const response = await page.goto(url)
    expect(response?.fromServiceWorker()).toBe(true)
    await page.waitForFunction(() => document.body.dataset.mode === 'loop')
    await page.clock.runFor((await slideMsOf(page)) + 500)
    expect(await state(page)).toMatchObject({ mode: 'loop', slide: '1' })
    expect(await page.locator('.slide h1').count()).toBeGreaterThan(1)
    await device.close()
  })

  test('a screen whose address is gone falls back to its village’s loop', async () => {
    const context = await browser.newContext({ viewport: landscape, locale: 'zh-CN' })
    await clockPausedAt(context, DEMO_NOW)
    const page = await context.newPage()
    await page.goto(`${origin}/kiosk/qing-xi-cun/removed-screen/`)
    expect(await page.locator('h1').textContent()).toBe('页面不存在')
    await page.clock.runFor(5_500)
    await page.waitForURL(/\/kiosk\/qing-xi-cun\/$/, { timeout: 15_000 })
    await page.waitForFunction(() => document.body.dataset.mode === 'loop')
    await context.close()
  })

  test('a new build is taken only at the end of a loop, never while someone is using the screen', async () => {
    // Build B: the same township with one role model's summary changed, deployed by switching the link.
    const snapshotB = path.join(site.work, 'snapshot-b')
    fs.cpSync(site.snapshotDir, snapshotB, { recursive: true })
    const file = path.join(snapshotB, 'snapshot.json')
    const json = JSON.parse(fs.readFileSync(file, 'utf8'))
    const { page: first, context } = await openKiosk(VILLAGE, landscape)
    const oldBuild = (await state(first)).build
    const shown = await first.locator('.slide[data-kind="roleModel"] h1').first().textContent()
    const model = json.roleModels.find((m: { name: string }) => m.name === shown)
    model.summary = '这是新版本的事迹简介。'
    fs.writeFileSync(file, JSON.stringify(json))
    const distB = path.join(site.work, 'dist-b')
    await astroBuild(snapshotB, distB, { imageCache: sharedImageCache, buildId: 'build-b' })
    await first.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true))
    fs.unlinkSync(live)
    fs.symlinkSync(distB, live)

    // Someone keeps using the screen for longer than the update check (every 5 min): a touch every 30 s for 8 min.
    for (let i = 0; i < 16; i++) {
      await first.touchscreen.tap(960, 300)
      await first.clock.runFor(30_000)
    }
    expect(await first.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true)
    expect((await state(first)).build).toBe(oldBuild)

    // Left alone, the loop resumes (after the 90 s idle time) and the update lands at its end.
    await expect
      .poll(
        async () => {
          await first.clock.runFor(10_000).catch(() => undefined)
          return (await state(first).catch(() => ({ build: undefined }))).build
        },
        { timeout: 60_000, interval: 200 },
      )
      .toBe('build-b')
    expect(await first.locator('.slides').textContent()).toContain('这是新版本的事迹简介。')
    await context.close()
  })
})
