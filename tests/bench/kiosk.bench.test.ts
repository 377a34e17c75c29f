/**
 * Kiosk benchmarks: bytes a screen downloads on its first visit (page, script, service worker and
 * everything it precaches), and a soak: KIOSK_SOAK_HOURS (default 10) of screen time on
 * Playwright's fake clock, with a visitor every half hour; the JS heap after a garbage collection
 * is compared at the start and the end.
 */
import type net from 'node:net'
import os from 'node:os'

import { afterAll, expect, test } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { servePortal } from '../helpers/server'
import { demoSite, DEMO_NOW } from '../helpers/site'

const figures: [string, string][] = []
afterAll(() => {
  console.log(`\n乡风 kiosk benchmark (${os.cpus().length} cores, Node ${process.version})`)
  for (const [name, value] of figures) console.log(`  ${name.padEnd(52)} ${value}`)
})

const TV = '/kiosk/qing-xi-cun/da-ting-dian-shi/'
const hours = Number(process.env.KIOSK_SOAK_HOURS || 10)

test(`kiosk: first-load transfer, and a soak of ${hours} hours of screen time`, async () => {
  const site = demoSite()
  const { server, origin } = await servePortal(site.dist)
  const sockets = new Set<net.Socket>()
  server.on('connection', (socket: net.Socket) => sockets.add(socket))
  const sent = () => [...sockets].reduce((sum, s) => sum + s.bytesWritten, 0)
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true })
    // Within the screen's hours whenever the benchmark runs.
    await context.clock.install({ time: DEMO_NOW })
    const page = await context.newPage()
    await page.goto(`${origin}${TV}`)
    await page.evaluate(() => navigator.serviceWorker.ready)
    // The worker's precache is fetched in real time.
    await page.waitForTimeout(3000)
    await page.clock.pauseAt(new Date(DEMO_NOW.getTime() + 60_000))
    figures.push([
      'first load of a screen (page + SW precache), bytes sent',
      `${(sent() / 1024).toFixed(0)} KiB (the build's brotli copies)`,
    ])

    const cdp = await context.newCDPSession(page)
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage')
      return (await cdp.send('Runtime.getHeapUsage')).usedSize
    }
    // Input goes through the browser's own input events, not Playwright locators, whose helper
    // script lives in the page's heap and would be measured with it.
    const next = (await page.getByRole('button', { name: '下一条' }).boundingBox())!
    await page.clock.runFor(30 * 60_000)
    const start = await heap()
    // The soak measures one page: neither an update nor the watchdog may reload it meanwhile.
    let reloads = 0
    page.on('load', () => reloads++)
    const startLoops = Number(await page.evaluate(() => document.body.dataset.loops ?? 0))
    for (let halfHours = 0; halfHours < hours * 2; halfHours++) {
      // A visitor: a few taps, then the screen is left alone to reset itself.
      await page.touchscreen.tap(960, 400)
      await page.touchscreen.tap(next.x + next.width / 2, next.y + next.height / 2)
      await page.clock.runFor(30 * 60_000)
    }
    const finish = await heap()
    const loops = Number(await page.evaluate(() => document.body.dataset.loops ?? 0)) - startLoops
    expect(loops).toBeGreaterThan(10)
    expect(reloads).toBe(0)
    const change = ((finish - start) / start) * 100
    figures.push([
      `soak: ${hours} h of screen time (${loops} loops)`,
      `JS heap ${(start / 1024 / 1024).toFixed(2)} → ${(finish / 1024 / 1024).toFixed(2)} MiB (${change >= 0 ? '+' : ''}${change.toFixed(1)} %)`,
    ])
    await context.close()
  } finally {
    await browser.close()
    server.close()
    site.remove()
  }
}, 3_600_000)
