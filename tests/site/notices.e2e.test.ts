/**
 * A notice's life on the portal and the village screens. The demo township is built again as of
 * the evening after its export ("the next day" build): 石桥村's urgent water-cut notice has ended,
 * and 清溪村 has an urgent power-cut notice for 10:00–11:00 the morning after. The kiosk is driven
 * in Chromium on Playwright's fake clock through that hour: the takeover waits for the end of a
 * loop and for a visitor to leave, and ends by itself; a withdrawal arrives as a new build.
 */
import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'

import type { Notice, Snapshot } from '@xiangfeng/content-schema'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { astroBuild } from '@xiangfeng/cms/publish/pipeline'
import { EVERY_DAYPART } from '../../site/src/kiosk/runtime/loop'
import { clockPausedAt, launchBrowser } from '../helpers/browser'
import { servePortal } from '../helpers/server'
import { demoSite, type DemoSite, filesUnder, sharedImageCache } from '../helpers/site'

let site: DemoSite
let nextDay: string
let live: string
let server: http.Server
let origin: string
let browser: Browser

/** 19:00 China time the day after the demo's export: 石桥村's water cut ended at 18:00. */
const EVENING = '2026-11-24T11:00:00.000Z'
const POWER_CUT: Notice = {
  id: 'e2e-power-cut',
  slug: 'lin-shi-ting-dian-tong-zhi',
  publishedAt: '2026-11-24T10:00:00.000Z',
  updatedAt: '2026-11-24T10:00:00.000Z',
  title: '清溪村临时停电通知',
  kind: 'notice',
  village: 'qing-xi-cun',
  issuedBy: '清溪村村民委员会',
  body: '<p>因线路检修，今天10:00至11:00全村停电。</p>',
  // 10:00 to 11:00 China time, the morning after the build.
  validFrom: '2026-11-25T02:00:00.000Z',
  validUntil: '2026-11-25T03:00:00.000Z',
  urgent: true,
}
const TV = '/kiosk/qing-xi-cun/da-ting-dian-shi/'
const at = (chinaTime: string) => new Date(`2026-11-25T${chinaTime}+08:00`)

beforeAll(async () => {
  site = demoSite()
  const snapshotDir = path.join(site.work, 'snapshot-next-day')
  fs.cpSync(site.snapshotDir, snapshotDir, { recursive: true })
  const file = path.join(snapshotDir, 'snapshot.json')
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot
  data.exportedAt = EVENING
  data.notices.push(POWER_CUT)
  fs.writeFileSync(file, JSON.stringify(data))
  nextDay = path.join(site.work, 'dist-next-day')
  await astroBuild(snapshotDir, nextDay, { imageCache: sharedImageCache, buildId: 'next-day' })
  live = path.join(site.work, 'live')
  fs.symlinkSync(nextDay, live)
  ;({ server, origin } = await servePortal(live))
  browser = await launchBrowser()
}, 180_000)
afterAll(async () => {
  await browser?.close()
  server?.close()
  site?.remove()
})

describe('the portal', () => {
  const waterCut = () => site.snapshot.notices.find((n) => n.urgent)!
  const pageOf = (dist: string, url: string) => fs.readFileSync(path.join(dist, url, 'index.html'), 'utf8')

  test('the urgent banner shows while the notice runs and is gone from the build after it ends', () => {
    const notice = waterCut()
    const url = `/villages/${notice.village}/`
    expect(pageOf(site.dist, url)).toContain('class="urgent-banner"')
    expect(pageOf(nextDay, url)).not.toContain('class="urgent-banner"')
    const withBanner = filesUnder(nextDay).filter(
      (f) => f.endsWith('.html') && fs.readFileSync(f, 'utf8').includes('class="urgent-banner"'),
    )
    expect(withBanner).toEqual([])
    // Still readable, marked as ended, in the list and on its page.
    expect(pageOf(nextDay, '/notices/')).toContain(`${notice.title}</a>（已过期）`)
    expect(pageOf(nextDay, `/notices/${notice.village}/${notice.slug}/`)).toContain('（已过期）')
  })

  test('a notice that starts after the build has no page or banner yet: the CMS rebuilds when it starts', () => {
    expect(fs.existsSync(path.join(nextDay, 'notices', 'qing-xi-cun', POWER_CUT.slug))).toBe(false)
    expect(pageOf(nextDay, '/notices/')).not.toContain(POWER_CUT.title)
  })
})

/** The TV at `time` (China, the morning after the build), as a fresh visit. */
async function openTv(time: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
    locale: 'zh-CN',
  })
  await clockPausedAt(context, at(time))
  await context.route('**/api/screens/*/heartbeat', (route) => route.fulfill({ status: 204 }))
  const page = await context.newPage()
  await page.goto(origin + TV)
  await page.waitForFunction(() => document.body.dataset.mode === 'loop')
  return page
}

const tv = (page: Page) =>
  page.evaluate(() => ({
    mode: document.body.dataset.mode,
    slide: document.body.dataset.slide,
    loops: Number(document.body.dataset.loops ?? 0),
    build: JSON.parse(document.body.dataset.kiosk!).build,
    urgent: !(document.querySelector('.slide[data-urgent]') as HTMLElement).hidden,
    showing: Array.from(document.querySelectorAll<HTMLElement>('.slide'))
      .filter((s) => !s.hidden)
      .map((s) => s.querySelector('h1')!.textContent),
  }))

describe('the village screen', () => {
  test('an urgent notice takes over at the end of the loop running at its start, alone, until it ends', async () => {
    const page = await openTv('09:59:30')
    const slideMs =
      Number(await page.evaluate(() => JSON.parse(document.body.dataset.kiosk!).slideSeconds)) * 1000
    const before = await tv(page)
    expect(before.urgent).toBe(false)
    // Past 10:00 the loop under way plays on.
    await page.clock.runFor(31_000)
    const started = await tv(page)
    expect(started).toMatchObject({ urgent: false, loops: before.loops })
    expect(Number(started.slide)).toBeGreaterThan(0)
    // The morning's loop on this TV: its daypart's sections and those of every daypart, in force.
    const loopLength = await page.evaluate(
      (always) => {
        const time = '10:00'
        const part = (
          JSON.parse(document.body.dataset.kiosk!).dayparts as {
            from: string
            to: string
            sections: string[]
          }[]
        ).find((p) => p.from <= time && time < p.to)!
        return Array.from(document.querySelectorAll<HTMLElement>('.slide')).filter(
          (s) =>
            s.dataset.urgent === undefined &&
            [...part.sections, ...always].includes(s.dataset.section!) &&
            (!s.dataset.validUntil || Date.parse(s.dataset.validUntil) > Date.now()),
        ).length
      },
      [...EVERY_DAYPART],
    )
    expect(loopLength).toBeGreaterThan(Number(started.slide) + 1)
    // Slide by slide: the loop plays to its last slide, and the notice shows at the next one's start.
    let previous = started
    let now = started
    for (let i = 0; i < 20 && !now.urgent; i++) {
      previous = now
      await page.clock.runFor(slideMs)
      now = await tv(page)
      if (!now.urgent) expect(now.loops).toBe(before.loops)
    }
    expect(previous.slide).toBe(String(loopLength - 1))
    expect(now).toMatchObject({
      urgent: true,
      slide: '0',
      loops: before.loops + 1,
      showing: [POWER_CUT.title],
    })
    // It holds the screen alone, loop after loop.
    await page.clock.runFor(5 * slideMs)
    expect(await tv(page)).toMatchObject({ mode: 'loop', urgent: true, showing: [POWER_CUT.title] })
    // At 11:00 it ends by itself, at the next loop's start, with no new build.
    const untilEnd = at('11:00:00').getTime() - (await page.evaluate(() => Date.now()))
    await page.clock.runFor(untilEnd + slideMs)
    const after = await tv(page)
    expect(after).toMatchObject({ mode: 'loop', urgent: false, build: 'next-day' })
    expect(after.showing).toHaveLength(1)
    expect(after.showing[0]).not.toBe(POWER_CUT.title)
    await page.context().close()
  })

  test('someone using the screen is never interrupted: the takeover waits until they leave', async () => {
    const page = await openTv('09:59:00')
    await page.getByRole('button', { name: '下一条' }).click()
    const visiting = await tv(page)
    expect(visiting.mode).toBe('exploring')
    // They stay past 10:00, touching now and then.
    for (let i = 0; i < 5; i++) {
      await page.clock.runFor(30_000)
      await page.touchscreen.tap(960, 300)
    }
    expect(await tv(page)).toMatchObject({ mode: 'exploring', urgent: false, showing: visiting.showing })
    // They leave: after the idle time the loop resumes with the notice.
    await page.clock.runFor(95_000)
    expect(await tv(page)).toMatchObject({ mode: 'loop', urgent: true, showing: [POWER_CUT.title] })
    await page.context().close()
  })

  test('a notice withdrawn in the CMS leaves the screen with the next build, during the takeover too', async () => {
    const page = await openTv('10:05:00')
    expect(await tv(page)).toMatchObject({ urgent: true, build: 'next-day' })
    // Withdrawn: the live build no longer has it (the demo's own build stands in for the rebuild).
    fs.unlinkSync(live)
    fs.symlinkSync(site.dist, live)
    // Within the update check (5 min) and a loop of one slide, the screen takes the new build.
    await expect
      .poll(
        async () => {
          // The page reloads into the new build meanwhile: a call cut off by it asks again.
          await page.clock.runFor(10_000).catch(() => undefined)
          return page
            .evaluate(() =>
              document.body.dataset.kiosk ? JSON.parse(document.body.dataset.kiosk).build : 'none',
            )
            .catch(() => 'reloading')
        },
        { timeout: 60_000, interval: 200 },
      )
      // The demo's own build, by its id: a blank or half-loaded page is not it.
      .toBe(JSON.parse(fs.readFileSync(path.join(site.dist, 'kiosk', 'build.json'), 'utf8')).buildId)
    expect(await page.locator('.slide[data-urgent]').count()).toBe(0)
    await page.context().close()
  })
})
