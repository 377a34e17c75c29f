/** The built demo portal as residents meet it, served over HTTP and driven in Debian's Chromium. */
import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'

import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { indexedTexts, pagesContaining, searchResults } from '../helpers/search'
import { servePortal } from '../helpers/server'
import { demoSite, type DemoSite } from '../helpers/site'

let site: DemoSite
let server: http.Server
let origin: string
let browser: Browser

/** A phone as residents hold it inside WeChat. */
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }

beforeAll(async () => {
  site = demoSite()
  ;({ server, origin } = await servePortal(site.dist))
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  server?.close()
  site?.remove()
})

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** One page of each kind the portal has. */
const KINDS_OF_PAGE = [
  '/',
  '/role-models/',
  '/role-models/category/filial-daughter-in-law/',
  '/role-models/qing-xi-cun/zhang-jian-min/',
  '/role-models/batch/zhen/2026-nian-du-qing-qi-yi-shen-bian-hao-bang-yang/',
  '/role-models/batch/zhen/2026-nian-di-er-pi-shen-bian-hao-bang-yang/',
  '/lectures/',
  '/lectures/month/2026-11/',
  '/lectures/qing-xi-cun/gan-en-zhi-en-tu-bao/',
  '/policies/',
  '/policies/zhen/2026-nian-cheng-xiang-ju-min-yi-bao-ji-zhong-jiao-fei-jie-du/',
  '/villages/',
  '/villages/qing-xi-cun/',
  '/villages/qing-xi-cun/rules/qing-xi-cun-cun-gui-min-yue-2024-nian-xiu-ding-ban/',
  '/lectures/series/zhen/fa-run-yun-xi/',
  '/search/',
  '/notices/',
  // A notice, and a village page under an urgent notice's banner.
  '/notices/shi-qiao-cun/shi-qiao-cun-ting-shui-tong-zhi/',
  '/villages/shi-qiao-cun/',
  '/villages/qing-xi-cun/grids/',
  '/villages/liu-wan-cun/points/',
]

const newPhone = (): Promise<BrowserContext> => browser.newContext({ ...phone, locale: 'zh-CN' })

/** Every page the sitemap names, as paths on the test server. */
function sitemapPaths(): string[] {
  const xml = fs.readFileSync(path.join(site.dist, 'sitemap-0.xml'), 'utf8')
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname)
}

describe('accessibility', () => {
  test('axe finds no WCAG 2.2 AA violation on any page of the sitemap, on a phone', async () => {
    const paths = sitemapPaths()
    expect(paths.length).toBeGreaterThan(90)
    const context = await newPhone()
    const page = await context.newPage()
    const violations: string[] = []
    for (const url of paths) {
      await page.goto(origin + url)
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
      for (const v of results.violations)
        violations.push(`${url}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)
    }
    await context.close()
    expect(violations).toEqual([])
  }, 600_000)

  test('body text is at least 18 px on a phone, on every kind of page', async () => {
    const context = await newPhone()
    const page = await context.newPage()
    const samples = [
      '/',
      '/role-models/',
      '/role-models/qing-xi-cun/zhang-jian-min/',
      '/lectures/',
      '/lectures/month/2026-11/',
      '/policies/',
      '/villages/qing-xi-cun/',
    ]
    for (const url of samples) {
      await page.goto(origin + url)
      const sizes = await page.$$eval('main p, main li, main dd, main td', (nodes) =>
        nodes
          .filter((n) => (n as HTMLElement).innerText.trim().length > 0)
          .map((n) => Number.parseFloat(getComputedStyle(n).fontSize)),
      )
      expect(sizes.length, url).toBeGreaterThan(0)
      expect(Math.min(...sizes), url).toBeGreaterThanOrEqual(18)
    }
    await context.close()
  })

  test('every page reads in full with JavaScript switched off', async () => {
    const context = await browser.newContext({ ...phone, javaScriptEnabled: false })
    const page = await context.newPage()
    // Every page of the sitemap: its title and its text are there, and no button that needs a script shows.
    const titles = new Map<string, string>([
      ...site.snapshot.roleModels.map(
        (m) => [`/role-models/${m.village ?? 'zhen'}/${m.slug}/`, m.name] as const,
      ),
      ...site.snapshot.policyExplainers.map(
        (e) => [`/policies/${e.village ?? 'zhen'}/${e.slug}/`, e.title] as const,
      ),
      ...site.snapshot.lectureSessions.map(
        (l) => [`/lectures/${l.village ?? 'zhen'}/${l.slug}/`, l.title] as const,
      ),
    ])
    const paths = sitemapPaths()
    let checkedTitles = 0
    for (const url of paths) {
      await page.goto(origin + url)
      const h1 = await page.locator('h1').first().innerText()
      expect(h1.length, url).toBeGreaterThan(1)
      if (titles.has(url)) {
        expect(h1, url).toBe(titles.get(url))
        checkedTitles++
      }
      expect((await page.locator('main').innerText()).length, url).toBeGreaterThan(20)
      for (const needsScript of ['[data-reading]', '[data-read-aloud]'])
        expect(await page.locator(needsScript).isVisible(), `${url} ${needsScript}`).toBe(false)
    }
    expect(checkedTitles).toBe(titles.size)
    // And a detail page in full, with its picture.
    await page.goto(`${origin}/role-models/qing-xi-cun/zhang-jian-min/`)
    await expect
      .poll(() => page.locator('article').innerText(), { timeout: 15_000 })
      .toContain('修路的老支书')
    expect(
      await page
        .locator('article img')
        .first()
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
    ).toBeGreaterThan(0)
    // Buttons that need a script stay hidden rather than doing nothing.
    expect(await page.locator('[data-reading]').isVisible()).toBe(false)
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false)
    await context.close()
  })
})

describe('reading aids', () => {
  test('three text sizes (18, 22 and 28 px) and high contrast, each remembered on the next page', async () => {
    const context = await newPhone()
    const page = await context.newPage()
    await page.goto(`${origin}/role-models/qing-xi-cun/zhang-jian-min/`)
    // Body text's size, and the colour of the text (the page's heading, in the ink colour).
    const body = async () => ({
      size: await page.$eval('main p', (p) => Number.parseFloat(getComputedStyle(p).fontSize)),
      color: await page.$eval('main h1', (h) => getComputedStyle(h).color),
    })
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
    const pressed = (name: string) =>
      page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed')
    expect(await body()).toEqual({ size: 18, color: 'rgb(31, 31, 31)' })
    expect(await pressed('标准')).toBe('true')
    await page.getByRole('button', { name: '大字', exact: true }).click()
    expect((await body()).size).toBe(22)
    expect([await pressed('标准'), await pressed('大字')]).toEqual(['false', 'true'])
    await page.goto(`${origin}/policies/`)
    expect((await body()).size).toBe(22)
    await page.getByRole('button', { name: '特大字', exact: true }).click()
    await page.getByRole('button', { name: '高对比', exact: true }).click()
    expect(await body()).toEqual({ size: 28, color: 'rgb(0, 0, 0)' })
    expect(await background()).toBe('rgb(255, 255, 255)')
    await page.goto(`${origin}/lectures/`)
    expect(await body()).toEqual({ size: 28, color: 'rgb(0, 0, 0)' })
    expect([await pressed('特大字'), await pressed('高对比')]).toEqual(['true', 'true'])
    await page.getByRole('button', { name: '标准', exact: true }).click()
    await page.getByRole('button', { name: '高对比', exact: true }).click()
    await page.reload()
    expect(await body()).toEqual({ size: 18, color: 'rgb(31, 31, 31)' })
    expect(await background()).toBe('rgb(255, 253, 248)')
    await context.close()
  })

  test('axe finds no WCAG 2.2 AA violation with high contrast and the largest text, on every kind of page', async () => {
    const context = await newPhone()
    await context.addInitScript(() => {
      localStorage.setItem('xf-text', 'larger')
      localStorage.setItem('xf-contrast', 'high')
    })
    const page = await context.newPage()
    for (const url of KINDS_OF_PAGE) {
      await page.goto(origin + url)
      expect(await page.evaluate(() => document.documentElement.dataset.contrast), url).toBe('high')
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        url,
      ).toEqual([])
    }
    await context.close()
  })

  test('every link in a list is a target at least 44 px tall on a phone, on every kind of page', async () => {
    const context = await newPhone()
    const page = await context.newPage()
    let checked = 0
    for (const url of KINDS_OF_PAGE) {
      await page.goto(origin + url)
      const heights = await page.$$eval('li a', (links) =>
        links
          .filter((a) => (a as HTMLElement).offsetParent !== null)
          .map((a) => ({ text: (a as HTMLElement).innerText, height: a.getBoundingClientRect().height })),
      )
      checked += heights.length
      expect(
        heights.filter((h) => h.height < 44),
        url,
      ).toEqual([])
    }
    expect(checked).toBeGreaterThan(50)
    await context.close()
  })

  test('read-aloud speaks the article in Chinese, sentence by sentence, and stops on request', async () => {
    const context = await newPhone()
    // Record what the page hands to the browser's speech engine.
    await context.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = ((window as any).spoken = [])
      const speak = speechSynthesis.speak.bind(speechSynthesis)
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
        spoken.push({ text: u.text, lang: u.lang })
        speak(u)
      }
    })
    const page = await context.newPage()
    await page.goto(`${origin}/role-models/qing-xi-cun/zhang-jian-min/`)
    const button = page.getByRole('button', { name: '朗读全文' })
    await button.click()
    const spoken: { text: string; lang: string }[] = await page.evaluate(() => (window as any).spoken)
    expect(spoken.length).toBeGreaterThan(3)
    expect(new Set(spoken.map((s) => s.lang))).toEqual(new Set(['zh-CN']))
    expect(spoken[0].text).toContain('张建民')
    expect(spoken.map((s) => s.text).join('')).toContain('修路的老支书')
    expect(spoken.map((s) => s.text).join('')).not.toContain('扫一扫')
    await page.getByRole('button', { name: '停止朗读' }).click()
    expect(await page.getByRole('button', { name: '朗读全文' }).getAttribute('aria-pressed')).toBe('false')
    await context.close()
  })
})

describe('search', () => {
  test('finds a role model by a two-character Chinese word', async () => {
    const context = await newPhone()
    const page = await context.newPage()
    await page.goto(`${origin}/search/`)
    await page.getByLabel('输入要找的词').fill('修路')
    await page.getByRole('button', { name: '搜索', exact: true }).click()
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 })
      .toMatch(/找到 \d+ 条/)
    const links = await page
      .locator('[data-search-results] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(links).toContain('/role-models/qing-xi-cun/zhang-jian-min/')
    // The query is kept in the address, so a result list can be shared or reloaded.
    expect(new URL(page.url()).searchParams.get('q')).toBe('修路')
    await page.goto(`${origin}/search/?q=${encodeURIComponent('医保')}`)
    await expect
      .poll(() => page.locator('[data-search-results] a').first().textContent(), { timeout: 15_000 })
      .toContain('医保')
    // The excerpt shows the page's text with the query marked, built as nodes.
    const excerpt = page.locator('[data-search-results] li p').first()
    expect(await excerpt.textContent()).toContain('医保')
    expect((await excerpt.locator('mark').allTextContents()).join('')).toContain('医保')
    await page.goto(`${origin}/search/?q=${encodeURIComponent('火星基地')}`)
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 })
      .toContain('没有找到')
    await context.close()
  })

  test('finds exactly the pages that contain the query, for words of two to four characters, a name, a 文号 and a word on no page', async () => {
    const context = await newPhone()
    const page = await context.newPage()
    await page.goto(`${origin}/search/`)
    const texts = await indexedTexts(page, sitemapPaths())
    expect(Object.keys(texts).length).toBeGreaterThan(30)
    const queries = ['修路', '孝老', '张建民', '志愿服务', '危房改造', '某民发〔2025〕14号', '孝顺']
    for (const query of queries) {
      const expected = pagesContaining(texts, query)
      // The fixture is what makes each query mean something: found somewhere, or (孝顺) nowhere.
      if (query === '孝顺') expect(expected, query).toEqual([])
      else expect(expected.length, query).toBeGreaterThan(0)
      expect(await searchResults(page, origin, query), query).toEqual(expected)
    }
    await context.close()
  })
})

describe('print', () => {
  const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0

  test('a role-model page, the month’s lecture schedule, a batch’s 公示 and a notice print as plain A4 notices', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' })
    const page = await context.newPage()
    for (const [url, maxPages] of [
      ['/role-models/qing-xi-cun/zhang-jian-min/', 3],
      ['/lectures/month/2026-11/', 2],
      ['/role-models/batch/zhen/2026-nian-di-er-pi-shen-bian-hao-bang-yang/', 1],
      ['/role-models/batch/zhen/2026-nian-du-qing-qi-yi-shen-bian-hao-bang-yang/', 2],
      // A notice for the 公示栏: one sheet, without the urgent banner above it.
      ['/notices/shi-qiao-cun/shi-qiao-cun-ting-shui-tong-zhi/', 1],
      // 找网格员 cards and a 红黑榜 for the service centre's wall.
      ['/villages/qing-xi-cun/grids/', 1],
      ['/villages/liu-wan-cun/points/', 1],
    ] as const) {
      await page.goto(origin + url)
      await page.emulateMedia({ media: 'print' })
      expect(await page.locator('nav[aria-label="主导航"]').isVisible(), url).toBe(false)
      expect(await page.locator('[data-reading]').isVisible(), url).toBe(false)
      expect(await page.locator('h1').isVisible(), url).toBe(true)
      expect(await page.locator('.urgent-banner').isVisible(), url).toBe(false)
      // An honours list prints as a notice does: the names of a category run on in one paragraph.
      if (url.includes('/batch/'))
        expect(
          await page
            .locator('.honours-list li')
            .first()
            .evaluate((el) => getComputedStyle(el).display),
        ).toBe('inline')
      // No paper size asked for (Chromium's default is US Letter): the page's own @page rule must make it A4.
      const pdf = await page.pdf({ preferCSSPageSize: true })
      const count = pdfPages(pdf)
      expect(count, url).toBeGreaterThanOrEqual(1)
      expect(count, url).toBeLessThanOrEqual(maxPages)
      const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)]
      expect(boxes.length, url).toBe(count)
      // A4 is 210 × 297 mm: 595.3 × 841.9 points.
      for (const [, width, height] of boxes) {
        expect(Number(width), url).toBeCloseTo(595.3, 0)
        expect(Number(height), url).toBeCloseTo(841.9, 0)
      }
      await page.emulateMedia({ media: 'screen' })
    }
    await context.close()
  })
})

describe('content security policy', () => {
  test('the site’s own scripts run under it; a script injected into a page does not', async () => {
    const page = '/role-models/qing-xi-cun/zhang-jian-min/'
    const html = fs.readFileSync(path.join(site.dist, page, 'index.html'), 'utf8')
    // As if escaping had failed somewhere: the same page with markup that runs script.
    const injected = html.replace(
      '<main',
      '<img src="data:," onerror="window.__injected=1"><script>window.__injected=2</script><main',
    )
    const context = await newPhone()
    const tab = await context.newPage()
    // Served with the real page's response headers; the shared build itself stays untouched.
    await tab.route(`${origin}/csp-probe/`, async (route) =>
      route.fulfill({ response: await route.fetch({ url: `${origin}${page}` }), body: injected }),
    )
    const violations: string[] = []
    tab.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) violations.push(message.text())
    })
    await tab.goto(`${origin}${page}`)
    // The page's own scripts ran: the reading settings were wired and read-aloud offered.
    await expect.poll(() => tab.locator('[data-reading]').isVisible()).toBe(true)
    expect(violations).toEqual([])
    await tab.goto(`${origin}/csp-probe/`)
    await tab.waitForTimeout(300)
    expect(await tab.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined()
    expect(violations.length).toBeGreaterThan(0)
    await context.close()
  })
})
