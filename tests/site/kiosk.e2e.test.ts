/**
 * The village screens' kiosk, built from the demo township, served as the portal is served and
 * driven in Debian's Chromium at TV (1920×1080) and totem (1080×1920) sizes. `?speed=N` runs the
 * kiosk's own timers N times faster.
 */
import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'

import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { astroBuild } from '../../cms/src/publish/pipeline'
import { launchBrowser, launchWithProfile } from '../helpers/browser'
import { servePortal } from '../helpers/server'
import { buildDemoSite, DEMO_NOW, type DemoSite, sharedImageCache } from '../helpers/site'

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
  site = await buildDemoSite()
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
  speed = 1,
): Promise<{ context: BrowserContext; page: Page; reports: Report[] }> {
  const context = await browser.newContext({ viewport, hasTouch: true, locale: 'zh-CN' })
  // Monday 10:00 in China, within every demo screen's hours, whenever the tests run; the clock then runs on.
  await context.clock.install({ time: DEMO_NOW })
  const reports: Report[] = []
  await context.route('**/api/screens/*/heartbeat', (route) => {
    reports.push(JSON.parse(route.request().postData() ?? '{}'))
    return route.fulfill({ status: 204 })
  })
  const page = await context.newPage()
  const address = new URL(url, origin)
  address.searchParams.set('speed', String(speed))
  await page.goto(address.href)
  return { context, page, reports }
}
const state = (page: Page) =>
  page.evaluate(() => ({
    slide: document.body.dataset.slide,
    mode: document.body.dataset.mode,
    loops: Number(document.body.dataset.loops ?? 0),
    build: document.body.dataset.build,
  }))

describe('attract loop', () => {
  test('advances on its own and pauses the moment someone touches the screen', async () => {
    const { context, page } = await openKiosk(VILLAGE, landscape, 24)
    await expect.poll(async () => (await state(page)).slide, { timeout: 10_000 }).not.toBe('0')
    await page.touchscreen.tap(960, 400)
    const touchedAt = await state(page)
    expect(touchedAt.mode).toBe('exploring')
    // Four slide lengths later it has not moved on.
    await page.waitForTimeout(2000)
    expect((await state(page)).slide).toBe(touchedAt.slide)
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
    // 90 s idle at speed 6: the warning shows after 13 s and counts down for about 2 s.
    const { context, page } = await openKiosk(VILLAGE, landscape, 6)
    await page.getByRole('button', { name: '下一条' }).click()
    const warning = page.getByRole('alertdialog')
    await expect.poll(() => warning.isVisible(), { timeout: 30_000, interval: 100 }).toBe(true)
    expect(await warning.textContent()).toMatch(/\d+ 秒后回到自动播放/)
    // Touching "继续浏览" keeps the visitor where they were.
    await page.getByRole('button', { name: '继续浏览' }).click()
    expect(await warning.isVisible()).toBe(false)
    expect((await state(page)).mode).toBe('exploring')
    await expect.poll(() => warning.isVisible(), { timeout: 30_000, interval: 100 }).toBe(true)
    await expect.poll(async () => (await state(page)).mode, { timeout: 10_000 }).toBe('loop')
    expect((await state(page)).slide).toBe('0')
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
    // At speed 60 a minute passes in a second, two minutes in two.
    const started = Date.now()
    const { context, page, reports } = await openKiosk(`${TV}?key=screen-key`, landscape, 60)
    const shifts = new Set<string>()
    for (let i = 0; i < 28; i++) {
      shifts.add(await page.locator('[data-stage]').evaluate((stage) => stage.style.transform))
      await page.waitForTimeout(250)
    }
    const offsets = [...shifts]
      .filter(Boolean)
      .map((t) => /translate\((-?\d+)px, (-?\d+)px\)/.exec(t)!.slice(1).map(Number))
    expect(offsets.length).toBeGreaterThanOrEqual(2)
    for (const offset of offsets) for (const d of offset) expect(Math.abs(d)).toBeLessThanOrEqual(4)

    // A report at the start and one every 2 s since, each with the key and the build.
    const everyTwoSeconds = (Date.now() - started) / 2000
    expect(reports.length).toBeGreaterThanOrEqual(Math.floor(everyTwoSeconds) - 1)
    expect(reports.length).toBeLessThanOrEqual(Math.ceil(everyTwoSeconds) + 1)
    expect(reports.length).toBeGreaterThanOrEqual(3)
    const build = await page.evaluate(() => document.body.dataset.build)
    for (const report of reports) expect(report).toMatchObject({ key: 'screen-key', buildId: build })
    expect(reports.at(-1)!.uptimeSeconds).toBeGreaterThan(reports[0]!.uptimeSeconds)
    await context.close()
  })

  test('a loop whose timers break starts again from the page and says why in its next report', async () => {
    const { context, page, reports } = await openKiosk(`${TV}?key=screen-key`, landscape, 24)
    await expect.poll(async () => (await state(page)).slide, { timeout: 10_000 }).not.toBe('0')
    expect(reports[0]?.lastError).toBe('')
    // What a script error can do: the timer chain that moves the loop is gone.
    await page.evaluate(() => {
      ;(window as unknown as { broken: boolean }).broken = true
      window.setTimeout = (() => 0) as unknown as typeof window.setTimeout
    })
    await expect
      .poll(() => page.evaluate(() => 'broken' in window).catch(() => true), { timeout: 15_000 })
      .toBe(false)
    await expect.poll(async () => (await state(page)).slide, { timeout: 10_000 }).not.toBe('0')
    await expect
      .poll(() => reports.at(-1)?.lastError, { timeout: 10_000 })
      .toMatch(/^loop stalled \d+ s; reloaded$/)
    await context.close()
  })
})

describe('layout', () => {
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

describe('offline and updates', () => {
  test('with the network gone, a reload still runs the loop with its pictures', async () => {
    const { context, page } = await openKiosk(TV, landscape)
    await page.evaluate(() => navigator.serviceWorker.ready)
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 })
      .toBe(true)
    await context.setOffline(true)
    await page.goto(`${origin}${TV}?speed=24`)
    await expect.poll(async () => (await state(page)).slide, { timeout: 10_000 }).not.toBe('0')
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
    const url = `${own.origin}${TOTEM}?speed=24`
    const profile = fs.mkdtempSync(path.join(site.work, 'profile-'))
    const options = { viewport: portrait, hasTouch: true, locale: 'zh-CN' }
    const startDevice = async () => {
      const device = await launchWithProfile(profile, options)
      await device.clock.install({ time: DEMO_NOW })
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
    await expect.poll(async () => (await state(page)).slide, { timeout: 10_000 }).not.toBe('0')
    expect(await page.locator('.slide h2').count()).toBeGreaterThan(1)
    await device.close()
  })

  test('a screen whose address is gone falls back to its village’s loop', async () => {
    const { context, page } = await openKiosk('/kiosk/qing-xi-cun/removed-screen/')
    expect(await page.locator('h1').textContent()).toBe('页面不存在')
    await page.waitForURL(/\/kiosk\/qing-xi-cun\/\?speed=1$/, { timeout: 15_000 })
    expect((await state(page)).mode).toBe('loop')
    await context.close()
  })

  test('a new build is taken only at the end of a loop, never while someone is using the screen', async () => {
    // Build B: the same township with one role model's summary changed, deployed by switching the link.
    const snapshotB = path.join(site.work, 'snapshot-b')
    fs.cpSync(site.snapshotDir, snapshotB, { recursive: true })
    const file = path.join(snapshotB, 'snapshot.json')
    const json = JSON.parse(fs.readFileSync(file, 'utf8'))
    const { page: first, context } = await openKiosk(VILLAGE, landscape, 60)
    const oldBuild = (await state(first)).build
    const shown = await first.locator('.slide h2').first().textContent()
    const model = json.roleModels.find((m: { name: string }) => m.name === shown)
    model.summary = '这是新版本的事迹简介。'
    fs.writeFileSync(file, JSON.stringify(json))
    const distB = path.join(site.work, 'dist-b')
    await astroBuild(snapshotB, distB, { imageCache: sharedImageCache, buildId: 'build-b' })
    await first.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true))
    fs.unlinkSync(live)
    fs.symlinkSync(distB, live)

    // Someone keeps using the screen for longer than the update check (5 min at speed 60 = 5 s).
    for (let i = 0; i < 16; i++) {
      await first.touchscreen.tap(960, 300)
      await first.waitForTimeout(500)
    }
    expect(await first.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true)
    expect((await state(first)).build).toBe(oldBuild)

    // Left alone, the loop resumes and the update lands at its end.
    await expect
      .poll(async () => (await state(first)).build, { timeout: 60_000, interval: 500 })
      .toBe('build-b')
    expect(await first.locator('.slides').textContent()).toContain('这是新版本的事迹简介。')
    await context.close()
  })
})
