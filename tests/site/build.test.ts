import fs from 'node:fs'
import path from 'node:path'

import { chinaDay, consentedPhones, roleModelCategories, type Snapshot } from '@xiangfeng/content-schema'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { astroBuild } from '@xiangfeng/cms/publish/pipeline'
import { demoSite, type DemoSite, filesUnder, sharedImageCache } from '../helpers/site'

let site: DemoSite
let dist: string
let snapshot: Snapshot

const page = (url: string) => fs.readFileSync(path.join(dist, url, 'index.html'), 'utf8')
const scope = (village?: string) => village ?? 'zhen'

beforeAll(async () => {
  site = demoSite()
  ;({ dist, snapshot } = site)
})
afterAll(() => site?.remove())

/** A test that runs an Astro build of its own: its limit, well above a cold build on a loaded 2-core machine. */
const BUILD_MS = 300_000

describe('the portal built from the demo township', () => {
  test('every published record has its page', () => {
    const expected = [
      '/',
      '/role-models/',
      '/lectures/',
      '/policies/',
      '/villages/',
      ...snapshot.roleModels.map((m) => `/role-models/${scope(m.village)}/${m.slug}/`),
      ...snapshot.selectionBatches.map((b) => `/role-models/batch/${scope(b.village)}/${b.slug}/`),
      '/notices/',
      ...snapshot.notices.map((n) => `/notices/${scope(n.village)}/${n.slug}/`),
      ...snapshot.lectureSessions.map((s) => `/lectures/${scope(s.village)}/${s.slug}/`),
      ...snapshot.policyExplainers.map((e) => `/policies/${scope(e.village)}/${e.slug}/`),
      ...snapshot.villages.map((v) => `/villages/${v.slug}/`),
      ...snapshot.villageRules.map((r) => `/villages/${r.village}/rules/${r.slug}/`),
      ...[...new Set(snapshot.grids.map((g) => g.village))].map((v) => `/villages/${v}/grids/`),
      ...snapshot.pointsBoards.map((b) => `/villages/${b.village}/points/${b.month}/`),
      ...[...new Set(snapshot.pointsBoards.map((b) => b.village))].map((v) => `/villages/${v}/points/`),
    ]
    const missing = expected.filter((url) => !fs.existsSync(path.join(dist, url, 'index.html')))
    expect(missing).toEqual([])
    expect(expected.length).toBeGreaterThan(60)
  })

  test('no link or picture inside the site leads nowhere', () => {
    const broken: string[] = []
    for (const file of filesUnder(dist).filter((f) => f.endsWith('.html'))) {
      const html = fs.readFileSync(file, 'utf8')
      for (const [, url] of html.matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
        const target = path.join(dist, decodeURI(url))
        const ok = url.endsWith('/') ? fs.existsSync(path.join(target, 'index.html')) : fs.existsSync(target)
        if (!ok) broken.push(`${path.relative(dist, file)} → ${url}`)
      }
    }
    expect(broken).toEqual([])
  })

  test('no private value reaches any built file', () => {
    expect(site.secrets.length).toBeGreaterThan(40)
    const leaks = [...filesUnder(dist), ...filesUnder(site.snapshotDir)].flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8')
      return site.secrets.filter((s) => text.includes(s)).map((s) => `${path.relative(dist, file)}: ${s}`)
    })
    expect(leaks).toEqual([])
  })

  test('pages are in Simplified Chinese and dated like 2026年7月2日 星期四', () => {
    const html = page('/role-models/qing-xi-cun/zhang-jian-min/')
    expect(html).toMatch(/<html lang="zh-CN"/)
    expect(html).toContain('发布于 2026年7月2日 星期四')
    expect(html).toContain('<h2>修路的老支书</h2>')
  })

  test('an explainer names its document’s last valid day', () => {
    const housing = snapshot.policyExplainers.find((e) => e.policy.expiresOn)!
    expect(housing.policy).toMatchObject({ expiresOn: '2026-12-15', validity: 'current' })
    expect(page(`/policies/zhen/${housing.slug}/`)).toContain(
      '<dt>有效期至</dt><dd>2026年12月15日 星期二</dd>',
    )
  })

  test('drafts are not built; superseded and expired items say so', () => {
    expect(fs.existsSync(path.join(dist, 'role-models', 'tao-yuan-cun', 'he-jun'))).toBe(false)
    const old = snapshot.policyExplainers.find((e) => e.policy.validity === 'superseded')!
    expect(page(`/policies/zhen/${old.slug}/`)).toContain('本解读对应的政策已被替代')
    const oldRules = snapshot.villageRules.find((r) => r.status === 'repealed')!
    expect(page(`/villages/${oldRules.village}/rules/${oldRules.slug}/`)).toContain('仅供查阅')
  })

  test('articles are numbered in Chinese and the vote shows counts only', () => {
    const rules = snapshot.villageRules.find((r) => r.status === 'in-force' && r.vote)!
    const html = page(`/villages/${rules.village}/rules/${rules.slug}/`)
    expect(html).toContain('第一条')
    expect(html).toContain(`赞成${rules.vote!.for}人`)
  })

  test('the footer shows the ICP filing number linked to the MIIT site', () => {
    expect(page('/')).toMatch(/<a href="https:\/\/beian\.miit\.gov\.cn\/"[^>]*>陕ICP备/)
  })
})

describe('listings, feeds and sharing', () => {
  const categories = () => [...new Set(snapshot.roleModels.map((m) => m.category))]

  test('role models can be listed by category and by village; empty ones get no page', () => {
    for (const category of categories()) {
      const html = page(`/role-models/category/${category}/`)
      for (const m of snapshot.roleModels.filter((m) => m.category === category))
        expect(html).toContain(`/role-models/${scope(m.village)}/${m.slug}/`)
    }
    // Exactly the categories in use have a page (an empty one would show an empty list).
    expect(fs.readdirSync(path.join(dist, 'role-models/category')).sort()).toEqual(categories().sort())
    for (const v of snapshot.villages) {
      const html = page(`/role-models/village/${v.slug}/`)
      const models = snapshot.roleModels.filter((m) => m.village === v.slug)
      expect(html).toContain(`共 ${models.length} 位`)
      const others = snapshot.roleModels.filter((m) => m.village && m.village !== v.slug)
      for (const m of others) expect(html).not.toContain(`/role-models/${m.village}/${m.slug}/`)
    }
  })

  test('each selection batch lists its public members by category, with counts per category and in total', () => {
    expect(snapshot.selectionBatches.length).toBeGreaterThanOrEqual(3)
    for (const batch of snapshot.selectionBatches) {
      const html = page(`/role-models/batch/${scope(batch.village)}/${batch.slug}/`)
      const members = snapshot.roleModels.filter((m) => m.batch === batch.id)
      expect(html).toContain(`本批共${members.length}名（户、组）`)
      for (const { value, label } of roleModelCategories) {
        const count = members.filter((m) => m.category === value).length
        if (count) expect(html).toContain(`<h2>${label}（${count}名）</h2>`)
        else expect(html).not.toContain(`<h2>${label}（`)
      }
      for (const m of members) expect(html).toContain(`href="/role-models/${scope(m.village)}/${m.slug}/"`)
      // A draft member (何军, waiting for review) is not named.
      expect(html).not.toContain('何军')
    }
    const july = snapshot.selectionBatches.find((b) => b.title.includes('庆七一'))!
    expect(snapshot.roleModels.filter((m) => m.batch === july.id).length).toBe(8)
  })

  test('a batch reads as a 公示 with its period and where objections go only while its notice runs', () => {
    const today = chinaDay(snapshot.exportedAt)
    const open = snapshot.selectionBatches.find(
      (b) => b.notice && b.notice.startsOn <= today && today <= b.notice.endsOn,
    )!
    const openPage = page(`/role-models/batch/${scope(open.village)}/${open.slug}/`)
    expect(openPage).toContain(`<h1>${open.title}公示</h1>`)
    expect(openPage).toContain('正在公示')
    expect(openPage).toContain(`请向${open.notice!.objectionsTo}反映`)
    const closed = snapshot.selectionBatches.find((b) => b.notice && b.notice.endsOn < today)!
    const closedPage = page(`/role-models/batch/${scope(closed.village)}/${closed.slug}/`)
    expect(closedPage).toContain(`<h1>${closed.title}名单</h1>`)
    expect(closedPage).toContain('已于2026年6月19日 星期五至2026年6月25日 星期四公示')
    expect(closedPage).not.toContain('正在公示')
    expect(closedPage).not.toContain('反映')
  })

  test('a member’s page and every role-model listing link to the batch’s honours list', () => {
    const batchPath = (id: string) => {
      const b = snapshot.selectionBatches.find((b) => b.id === id)!
      return `/role-models/batch/${scope(b.village)}/${b.slug}/`
    }
    const members = snapshot.roleModels.filter((m) => m.batch)
    expect(members.length).toBeGreaterThan(10)
    for (const m of members)
      expect(page(`/role-models/${scope(m.village)}/${m.slug}/`)).toContain(
        `评选批次：<a href="${batchPath(m.batch!)}"`,
      )
    const listings = [
      '/role-models/',
      `/role-models/category/${members[0].category}/`,
      '/role-models/village/qing-xi-cun/',
    ]
    for (const url of listings)
      for (const b of snapshot.selectionBatches) expect(page(url), url).toContain(`href="${batchPath(b.id)}"`)
  })

  test('policy explainers are listed by topic; lectures by series and month', () => {
    for (const topic of new Set(snapshot.policyExplainers.flatMap((e) => e.topics)))
      expect(fs.existsSync(path.join(dist, 'policies/topic', topic, 'index.html'))).toBe(true)
    for (const series of snapshot.lectureSeries)
      expect(page(`/lectures/series/${scope(series.village)}/${series.slug}/`)).toContain(series.name)
    const november = page('/lectures/month/2026-11/')
    const inNovember = snapshot.lectureSessions.filter((s) => chinaDay(s.startsAt).startsWith('2026-11'))
    expect(inNovember.length).toBeGreaterThan(0)
    for (const s of inNovember) expect(november).toContain(s.title)
    expect(november).toContain('2026年11月法治·道德大讲堂日程')
  })

  test('the home page shows this week’s lectures and the next ones', () => {
    const html = page('/')
    expect(html).toContain('今天是 2026年11月23日 星期一')
    // The export's day is Monday 23 November: this week runs to Sunday the 29th (China time).
    const day = chinaDay
    const sessions = snapshot.lectureSessions
      .filter((s) => s.status !== 'cancelled')
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    const thisWeek = sessions.filter(
      (s) => day(s.startsAt) >= '2026-11-23' && day(s.startsAt) <= '2026-11-29',
    )
    const next = sessions.filter((s) => day(s.startsAt) > '2026-11-29').slice(0, 4)
    expect(thisWeek.length).toBeGreaterThan(0)
    expect(next.length).toBeGreaterThan(0)
    const listed = (heading: string) => {
      const section = new RegExp(`<h2>${heading}</h2>([\\s\\S]*?)</section>`).exec(html)?.[1] ?? ''
      return [...section.matchAll(/<a href="\/lectures\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1])
    }
    expect(listed('本周讲堂')).toEqual(thisWeek.map((s) => s.title))
    expect(listed('即将举办的讲堂')).toEqual(next.map((s) => s.title))
  })

  test('each series and each village has an iCalendar feed with its sessions', () => {
    for (const series of snapshot.lectureSeries) {
      const ics = fs.readFileSync(
        path.join(dist, `lectures/series/${scope(series.village)}/${series.slug}.ics`),
        'utf8',
      )
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
      expect(ics).toContain(`X-WR-CALNAME:${series.name}`)
      const sessions = snapshot.lectureSessions.filter((s) => s.series === series.slug)
      expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(sessions.length)
    }
    const village = snapshot.villages[0]
    const ics = fs.readFileSync(path.join(dist, `lectures/village/${village.slug}.ics`), 'utf8')
    const expected = snapshot.lectureSessions.filter((s) => !s.village || s.village === village.slug)
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(expected.length)
    // Times are in UTC (09:30 in China is 01:30Z), which every calendar shows in local time.
    const utc = new Date(expected[0].startsAt).toISOString().replace(/[-:]/g, '').replace('.000', '')
    expect(ics).toContain(`DTSTART:${utc}`)
    const village2 = page(`/villages/${village.slug}/`)
    expect(village2).toContain(`webcal://127.0.0.1:4321/lectures/village/${village.slug}.ics`)
  })

  test('detail pages carry share metadata with absolute URLs and a QR code of their own address', async () => {
    const model = snapshot.roleModels.find((m) => m.slug === 'zhang-jian-min')!
    const url = `http://127.0.0.1:4321/role-models/qing-xi-cun/zhang-jian-min/`
    const html = page('/role-models/qing-xi-cun/zhang-jian-min/')
    expect(html).toContain(`<meta property="og:title" content="张建民">`)
    expect(html).toContain(`<meta property="og:description" content="${model.summary}">`)
    // The share card shows a 1200 px JPEG made at build time, never the uploaded original.
    const shareImage =
      /<meta property="og:image" content="http:\/\/127\.0\.0\.1:4321(\/img\/[0-9a-f]+-(\d+)\.jpg)">/.exec(
        html,
      )
    expect(shareImage).not.toBeNull()
    expect(Number(shareImage![2])).toBe(Math.min(1200, model.portrait!.width))
    expect(fs.existsSync(path.join(dist, shareImage![1]))).toBe(true)
    expect(html).toContain(`<meta itemprop="image" content="http://127.0.0.1:4321${shareImage![1]}">`)
    expect(html).toContain(`<link rel="canonical" href="${url}">`)
    // The QR code scans back to the page's own address.
    const svg = /<div class="qr"[^>]*>(<svg[\s\S]*?<\/svg>)/.exec(html)![1]
    const sharp = (await import('sharp')).default
    const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
      .flatten({ background: '#fff' })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
    const jsQR = (await import('jsqr')).default
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(url)
    expect(html).toContain(`aria-label="本页二维码：${url}"`)
  })

  test('pictures come as AVIF and WebP at several widths, never wider than the original', () => {
    const html = page('/role-models/qing-xi-cun/zhang-jian-min/')
    const portrait = snapshot.roleModels.find((m) => m.slug === 'zhang-jian-min')!.portrait!
    // React writes srcSet; HTML attribute names are case-insensitive.
    expect(html).toMatch(/<source type="image\/avif" srcset="\/img\/[0-9a-f]{16}-480\.avif 480w, /i)
    expect(html).toContain('<source type="image/webp"')
    const missing: string[] = []
    const wider: string[] = []
    let candidates = 0
    for (const file of filesUnder(dist).filter((f) => f.endsWith('.html'))) {
      // Each <picture>: its sources' widths against the original's, which its <img> states.
      for (const [picture] of fs.readFileSync(file, 'utf8').matchAll(/<picture[\s\S]*?<\/picture>/g)) {
        const original = Number(/<img [^>]*width="(\d+)"/.exec(picture)![1])
        for (const [, set] of picture.matchAll(/srcset="([^"]+)"/gi)) {
          for (const candidate of set.split(', ')) {
            candidates++
            const [url, width] = candidate.split(' ')
            if (!fs.existsSync(path.join(dist, url))) missing.push(url)
            if (Number.parseInt(width) > original) wider.push(`${url} (${width} > ${original})`)
          }
        }
      }
    }
    expect(missing).toEqual([])
    expect(wider).toEqual([])
    expect(candidates).toBeGreaterThan(100)
    // A portrait 800 px wide gets 480 and 800, not the 960 and 1200 of wider pictures.
    expect(portrait.width).toBe(800)
    expect(html).toMatch(
      /<source type="image\/avif" srcset="\/img\/[0-9a-f]{16}-480\.avif 480w, \/img\/[0-9a-f]{16}-800\.avif 800w"/i,
    )
  })

  test(
    'a rebuild encodes only the pictures that changed',
    async () => {
      const sharp = (await import('sharp')).default
      // A copy of the cache the demo build filled: every picture is already encoded there.
      const cache = path.join(site.work, 'cache')
      fs.cpSync(sharedImageCache, cache, { recursive: true })
      const again = await astroBuild(site.snapshotDir, path.join(site.work, 'again-1'), { imageCache: cache })
      const total = Number(again.match(/(\d+) picture variants/)![1])
      expect(total).toBeGreaterThan(200)
      expect(again).toContain(`${total} picture variants, 0 encoded, ${total} from the cache`)
      // Replace one picture in a copy of the snapshot: only its variants are encoded.
      const edited = path.join(site.work, 'snapshot-edited')
      fs.cpSync(site.snapshotDir, edited, { recursive: true })
      const portrait = snapshot.roleModels.find((m) => m.slug === 'zhang-jian-min')!.portrait!
      const file = path.join(edited, 'public', portrait.src)
      fs.writeFileSync(file, await sharp(fs.readFileSync(file)).negate().jpeg().toBuffer())
      const changed = await astroBuild(edited, path.join(site.work, 'again-2'), { imageCache: cache })
      const variants = Number(changed.match(/picture variants, (\d+) encoded/)![1])
      expect(variants, changed).toBeGreaterThan(0)
      expect(variants).toBeLessThanOrEqual(7)
    },
    BUILD_MS,
  )

  test('a sitemap lists every page; scripts stay within each kind of page’s budget', () => {
    const sitemap = fs.readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')
    // Kiosk pages are for the village screens, not for search engines or phones.
    const pages = filesUnder(dist).filter(
      (f) => f.endsWith('index.html') && !f.includes(`${path.sep}kiosk${path.sep}`),
    )
    for (const file of pages) {
      const url = `http://127.0.0.1:4321/${path.relative(dist, path.dirname(file))}/`.replace(/\/\/$/, '/')
      expect(sitemap).toContain(`<loc>${url}</loc>`)
    }
    // Inline script bytes: listing pages have the reading settings only; detail pages add
    // read-aloud; the search page loads Pagefind. Nothing else, and no script file, on any page.
    const budget = { listing: 1024, detail: 2048, search: 3072 }
    const kinds = { listing: 0, detail: 0, search: 0 }
    for (const file of pages) {
      const html = fs.readFileSync(file, 'utf8')
      expect(html).not.toMatch(/<script[^>]+src=/)
      const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('')
      const kind = file.endsWith(path.join('search', 'index.html'))
        ? 'search'
        : html.includes('data-pagefind-body')
          ? 'detail'
          : 'listing'
      kinds[kind]++
      expect(Buffer.byteLength(inline), file).toBeGreaterThan(0)
      expect(Buffer.byteLength(inline), file).toBeLessThan(budget[kind])
    }
    expect(kinds.search).toBe(1)
    expect(kinds.detail).toBeGreaterThan(50)
    expect(kinds.listing).toBeGreaterThan(30)
  })
})

test('the React views add no JavaScript: no island on any page, and every bundled script is one a page names', () => {
  const html = filesUnder(dist).filter((f) => f.endsWith('.html'))
  const named = new Set<string>()
  for (const file of html) {
    const text = fs.readFileSync(file, 'utf8')
    expect(text, file).not.toContain('<astro-island')
    for (const [, src] of text.matchAll(/<script[^>]+src="\/_astro\/([^"]+)"/g)) named.add(src)
  }
  const bundled = fs.readdirSync(path.join(dist, '_astro')).filter((f) => f.endsWith('.js'))
  expect(bundled.length).toBeGreaterThan(0)
  expect(bundled.filter((f) => !named.has(f))).toEqual([])
})

describe('notices', () => {
  const now = () => new Date(snapshot.exportedAt).getTime()
  const inForce = (n: Snapshot['notices'][number]) =>
    Date.parse(n.validFrom) <= now() && (!n.validUntil || now() < Date.parse(n.validUntil))
  const urgent = () => snapshot.notices.find((n) => n.urgent && inForce(n))!

  test('the demo has one urgent notice in force, a standing appeal, running notices and an ended one', () => {
    expect(snapshot.notices.filter((n) => n.urgent && inForce(n)).map((n) => n.village)).toEqual([
      'shi-qiao-cun',
    ])
    expect(snapshot.notices.some((n) => n.kind === 'appeal' && !n.validUntil)).toBe(true)
    expect(snapshot.notices.filter((n) => !inForce(n)).length).toBe(1)
  })

  test('the list shows every notice newest first and marks the ended one 已过期, and only it', () => {
    const html = page('/notices/')
    const titles = [...html.matchAll(/<li><a href="\/notices\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1])
    const newestFirst = [...snapshot.notices].sort(
      (a, b) => Date.parse(b.validFrom) - Date.parse(a.validFrom),
    )
    expect(titles).toEqual(newestFirst.map((n) => n.title))
    expect(html.match(/（已过期）/g)).toHaveLength(1)
    const ended = snapshot.notices.find((n) => !inForce(n))!
    expect(html).toMatch(new RegExp(`${ended.title}</a>（已过期）`))
    expect(page(`/notices/${scope(ended.village)}/${ended.slug}/`)).toContain('（已过期）')
  })

  test('an urgent notice’s banner is on every page of its village and on no other page', () => {
    const notice = urgent()
    const href = `href="/notices/${notice.village}/${notice.slug}/"`
    const bannerOf = (file: string) =>
      /<aside class="urgent-banner"[\s\S]*?<\/aside>/.exec(fs.readFileSync(file, 'utf8'))?.[0]
    const pages = filesUnder(dist).filter(
      (f) => f.endsWith('.html') && !f.includes(`${path.sep}kiosk${path.sep}`),
    )
    const withBanner = pages.filter((f) => bannerOf(f)?.includes(href)).map((f) => path.relative(dist, f))
    // The demo's only urgent notice: no other page has a banner at all.
    expect(pages.filter((f) => bannerOf(f) && !bannerOf(f)!.includes(href))).toEqual([])
    const ofVillage = pages.map((f) => path.relative(dist, f)).filter((f) => f.includes(`${notice.village}/`))
    expect(ofVillage.length).toBeGreaterThan(10)
    expect(withBanner.sort()).toEqual(ofVillage.sort())
  })

  test('the home page lists the notices in force; a village page lists its own', () => {
    const home = page('/')
    for (const n of snapshot.notices.filter(inForce)) expect(home).toContain(`>${n.title}</a>`)
    expect(home).not.toContain(snapshot.notices.find((n) => !inForce(n))!.title)
    const village = page('/villages/qing-xi-cun/')
    const own = snapshot.notices.filter((n) => n.village === 'qing-xi-cun' && inForce(n))
    expect(own.length).toBe(1)
    expect(village).toContain(`>${own[0].title}</a>`)
  })

  test('a village’s kiosk carries its notices and the township’s with their validity; the urgent one comes first', () => {
    const notice = urgent()
    const slides = (village: string) =>
      [...page(`/kiosk/${village}/`).matchAll(/<article class="slide"[^>]*>/g)].map((m) => m[0])
    const [first, ...rest] = slides('shi-qiao-cun')
    expect(first).toContain('data-urgent=""')
    expect(first).toContain(`data-valid-until="${notice.validUntil}"`)
    expect(rest.filter((s) => s.includes('data-urgent'))).toEqual([])
    for (const village of snapshot.villages.filter((v) => v.slug !== notice.village)) {
      const own = slides(village.slug).filter((s) => s.includes('data-kind="notice"'))
      const expected = snapshot.notices.filter(
        (n) =>
          (!n.village || n.village === village.slug) && (!n.validUntil || Date.parse(n.validUntil) > now()),
      )
      expect(own.length, village.slug).toBe(expected.length)
      expect(
        own.some((s) => s.includes('data-urgent')),
        village.slug,
      ).toBe(false)
    }
  })
})

describe('grids', () => {
  const textFiles = () =>
    [...filesUnder(dist), ...filesUnder(site.snapshotDir)].filter((f) =>
      /\.(html|json|js|mjs|css|xml|txt|ics|webmanifest)$/.test(f),
    )

  test('every mobile or ID number in any built file is a work phone its holder agreed to publish', () => {
    const allowed = new Set(consentedPhones(snapshot))
    expect(allowed.size).toBeGreaterThanOrEqual(4)
    const found = new Map<string, string>()
    for (const file of textFiles()) {
      const text = fs.readFileSync(file, 'utf8')
      for (const [value] of text.matchAll(
        /(?<![\dA-Za-z])(?:1[3-9]\d-?\d{4}-?\d{4}|\d{17}[\dXx])(?![\dA-Za-z])/g,
      ))
        found.set(value, path.relative(dist, file))
    }
    const notAllowed = [...found].filter(([value]) => !allowed.has(value))
    expect(notAllowed).toEqual([])
    // The scan does find numbers: the consented mobiles are on the pages.
    expect([...found.keys()].filter((v) => v.startsWith('1')).sort()).toEqual(
      [...allowed].filter((v) => v.startsWith('1')).sort(),
    )
  })

  test('a consented work phone is published and callable; an unconsented one is not', () => {
    const qingxi = page('/villages/qing-xi-cun/grids/')
    expect(qingxi).toContain('href="tel:138-0917-2201"')
    expect(qingxi).toContain('王建华')
    // 李红梅 is listed by name, her phone nowhere (the build's secrets include it).
    expect(qingxi).toContain('李红梅')
    expect(site.secrets).toContain('139-0917-3302')
    expect(qingxi).not.toContain('139-0917-3302')
  })

  test('each grid’s 说事码 decodes to the township’s form or to a published work phone', async () => {
    const sharp = (await import('sharp')).default
    const jsQR = (await import('jsqr')).default
    let checked = 0
    for (const village of new Set(snapshot.grids.map((g) => g.village))) {
      const html = page(`/villages/${village}/grids/`)
      const figures = [...html.matchAll(/<figure class="raise-matter">[\s\S]*?<\/figure>/g)].map((m) => m[0])
      const expected = snapshot.grids
        .filter((g) => g.village === village && g.raiseMatter)
        .sort((a, b) => html.indexOf(`>${a.name}</h2>`) - html.indexOf(`>${b.name}</h2>`))
      expect(figures.length, village).toBe(expected.length)
      for (const [i, figure] of figures.entries()) {
        const svg = /<svg[\s\S]*?<\/svg>/.exec(figure)![0]
        const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
          .flatten({ background: '#fff' })
          .ensureAlpha()
          .raw()
          .toBuffer({ resolveWithObject: true })
        expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(expected[i].raiseMatter)
        checked++
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4)
    expect(snapshot.grids.some((g) => g.raiseMatter?.startsWith('tel:'))).toBe(true)
  })

  test('the village page and the village’s kiosk show who to call', () => {
    expect(page('/villages/qing-xi-cun/')).toContain('<h2>找网格员</h2>')
    const grids = page('/villages/qing-xi-cun/grids/')
    expect(grids.indexOf('清溪村第一网格')).toBeLessThan(grids.indexOf('清溪村第二网格'))
    expect(page('/villages/qing-xi-cun/')).toContain('href="/villages/qing-xi-cun/grids/"')
    const kiosk = page('/kiosk/qing-xi-cun/')
    const slide = /<article class="slide"[^>]*data-kind="grids"[\s\S]*?<\/article>/.exec(kiosk)?.[0]
    expect(slide).toContain('王建华（网格员） 138-0917-2201')
    expect(slide).toContain('李红梅（包片村干部）；')
  })
})

describe('points boards', () => {
  const boardsOf = (village: string) =>
    snapshot.pointsBoards.filter((b) => b.village === village).sort((a, b) => b.month.localeCompare(a.month))

  test('a village’s board page is its newest month, with links to the past months', () => {
    const [latest, past] = boardsOf('liu-wan-cun')
    expect(past).toBeDefined()
    const html = page('/villages/liu-wan-cun/points/')
    expect(html).toContain(
      `<h1>柳湾村${Number(latest.month.slice(0, 4))}年${Number(latest.month.slice(5))}月积分红黑榜</h1>`,
    )
    expect(html).toContain(`href="/villages/liu-wan-cun/points/${past.month}/"`)
    expect(page('/villages/liu-wan-cun/')).toContain('href="/villages/liu-wan-cun/points/"')
  })

  test('the red list names only households that agreed; the others read 某组某户', () => {
    const html = page('/villages/liu-wan-cun/points/')
    expect(html).toContain('<td>周德顺家</td>')
    expect(html).toContain('<td>三组某户</td>')
    // Their names are among the build's secrets, found in no built file (see above).
    expect(site.secrets).toEqual(expect.arrayContaining(['钱有福家', '冯秀珍家']))
  })

  test('the black list is categories and counts, each tied to an article that exists on the rules page', () => {
    const [latest] = boardsOf('liu-wan-cun')
    const html = page('/villages/liu-wan-cun/points/')
    const black = /<section aria-labelledby="black-list">[\s\S]*?<\/section>/.exec(html)![0]
    expect(black).toContain('<td>乱堆乱放</td><td>3户</td>')
    const links = [...black.matchAll(/href="([^"#]+)#(article-\d+)"/g)]
    expect(links.length).toBe(latest.blackList.length)
    for (const [, rulesPath, anchor] of links) expect(page(rulesPath)).toContain(`id="${anchor}"`)
  })

  test('the village’s kiosk shows the current board, the black list without names', () => {
    const slide = /<article class="slide"[^>]*data-kind="points"[\s\S]*?<\/article>/.exec(
      page('/kiosk/liu-wan-cun/'),
    )![0]
    expect(slide).toContain('周德顺家 30分')
    expect(slide).toContain('黑榜（不点名）：乱堆乱放 3户；犬只未拴养 2户；焚烧秸秆垃圾 1户')
  })
})

describe('the kiosk on old screens', () => {
  test('every slide’s QR code decodes to the portal page of its item', async () => {
    const sharp = (await import('sharp')).default
    const jsQR = (await import('jsqr')).default
    const decode = async (svg: string) => {
      const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
        .flatten({ background: '#fff' })
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true })
      return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data
    }
    const kinds = new Set<string>()
    for (const village of snapshot.villages) {
      const html = page(`/kiosk/${village.slug}/`)
      const slides = [...html.matchAll(/<article class="slide"[\s\S]*?<\/article>/g)].map((m) => m[0])
      expect(slides.length).toBeGreaterThan(2)
      for (const slide of slides) {
        const title = /<h1>([^<]+)<\/h1>/.exec(slide)![1]
        const section = /data-section="([^"]+)"/.exec(slide)![1]
        const url = await decode(/<svg[\s\S]*?<\/svg>/.exec(slide)![0])
        expect(url, title).toMatch(/^http:\/\/127\.0\.0\.1:4321\//)
        const target = page(new URL(url!).pathname)
        const h1 = /<h1>([^<]+)<\/h1>/.exec(target)![1]
        // A role model's or a policy's slide leads to its own page; the lectures' to the village's page.
        if (section === 'roleModels' || section === 'policies' || section === 'notices')
          expect(h1, title).toBe(title)
        if (section === 'lectures') expect(new URL(url!).pathname).toBe(`/villages/${village.slug}/`)
        if (section === 'grids') expect(new URL(url!).pathname).toBe(`/villages/${village.slug}/grids/`)
        if (slide.includes('data-kind="points"'))
          expect(new URL(url!).pathname).toBe(`/villages/${village.slug}/points/`)
        if (section === 'rules') expect(title).toContain(h1.replace(village.name, ''))
        kinds.add(section)
      }
    }
    expect([...kinds].sort()).toEqual(['grids', 'lectures', 'notices', 'policies', 'roleModels', 'rules'])
  })

  test('a batch marked for the kiosk plays on every screen of its scope, as a 公示 with its counts while the notice runs', () => {
    const featured = snapshot.selectionBatches.filter((b) => b.featuredOnKiosk)
    expect(featured.length).toBe(1)
    const [batch] = featured
    const members = snapshot.roleModels.filter((m) => m.batch === batch.id)
    for (const village of snapshot.villages) {
      const html = page(`/kiosk/${village.slug}/`)
      const slide = /<article class="slide"[^>]*data-kind="batch"[\s\S]*?<\/article>/.exec(html)?.[0]
      expect(slide, village.slug).toBeDefined()
      expect(slide).toContain(`<h1>${batch.title}公示</h1>`)
      expect(slide).toContain(`本批共${members.length}名（户、组）`)
      expect(slide).toContain(`如有异议请向${batch.notice!.objectionsTo}反映`)
    }
    // Batches not marked for the kiosk stay off it.
    for (const other of snapshot.selectionBatches.filter((b) => !b.featuredOnKiosk))
      expect(page('/kiosk/qing-xi-cun/')).not.toContain(other.title)
  })

  const kioskFiles = () => filesUnder(path.join(dist, 'kiosk')).filter((f) => f.endsWith('.html'))

  test('kiosk scripts parse as ES2021, which Chromium 87 runs, and call no newer built-in', async () => {
    const { parse } = await import('acorn')
    const scripts = new Set<string>()
    for (const file of kioskFiles())
      for (const [, src] of fs.readFileSync(file, 'utf8').matchAll(/<script[^>]+src="([^"]+)"/g))
        scripts.add(src)
    // Each village's service worker and the Workbox modules it loads.
    for (const worker of filesUnder(path.join(dist, 'kiosk')).filter((f) => f.endsWith('sw.js'))) {
      scripts.add(`/${path.relative(dist, worker)}`)
      for (const [, src] of fs.readFileSync(worker, 'utf8').matchAll(/'(\/workbox\/[^']+)'/g))
        scripts.add(src)
    }
    expect(scripts.size).toBeGreaterThan(6)
    for (const src of scripts) {
      const code = fs.readFileSync(path.join(dist, src), 'utf8')
      expect(() => parse(code, { ecmaVersion: 2021, sourceType: 'module' }), src).not.toThrow()
      // Built-ins newer than Chrome 87 that no transpiler adds a fallback for.
      expect(code, src).not.toMatch(/\.at\(-?\d|structuredClone|Object\.hasOwn|\.findLast\(/)
      // The kiosk's own script stays small: nothing of the content contract (zod) is bundled in.
      if (src.startsWith('/_astro/')) expect(code.length, src).toBeLessThan(20_000)
    }
  })

  test('each village’s service worker keeps that village’s kiosk pages and every file they load, nothing else', () => {
    const villages = snapshot.villages.map((v) => v.slug)
    expect(villages.length).toBeGreaterThan(1)
    for (const village of villages) {
      const worker = fs.readFileSync(path.join(dist, 'kiosk', village, 'sw.js'), 'utf8')
      const kept = new Set(
        (JSON.parse(worker.match(/precacheAndRoute\((\[[\s\S]*?\]), \{/)![1]) as { url: string }[]).map(
          (e) => e.url,
        ),
      )
      const pages = filesUnder(path.join(dist, 'kiosk', village)).filter((f) => f.endsWith('.html'))
      expect(pages.length).toBeGreaterThan(0)
      for (const file of pages) {
        expect(kept, file).toContain(`/${path.relative(dist, file)}`)
        for (const [, url] of fs.readFileSync(file, 'utf8').matchAll(/(?:src|href)="(\/[^"]+)"/g))
          expect(kept, `${file}: ${url}`).toContain(url)
      }
      for (const url of kept) {
        expect(fs.existsSync(path.join(dist, url)), url).toBe(true)
        expect(url.startsWith('/kiosk/') ? url.startsWith(`/kiosk/${village}/`) : true, url).toBe(true)
      }
    }
  })

  test('kiosk styles use nothing Chromium 87 lacks', () => {
    for (const file of kioskFiles()) {
      const css = [...fs.readFileSync(file, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
        .map((m) => m[1])
        .join('')
      expect(css.length, file).toBeGreaterThan(500)
      expect(css, file).not.toMatch(
        /aspect-ratio|:is\(|:where\(|:has\(|@container|color-mix|@layer|\bdvh\b|\bsvh\b|&[.:\w]/,
      )
    }
  })
})

describe('hostile text from the CMS', () => {
  test(
    'markup in village names, settings and content is escaped on every portal and kiosk page',
    async () => {
      // Villages and 网站设置 go public without review: built from a snapshot whose text is markup.
      const attack = '<img src=x onerror=alert(1)>'
      const hostile = path.join(site.work, 'hostile-snapshot')
      fs.cpSync(site.snapshotDir, hostile, { recursive: true })
      const data = JSON.parse(fs.readFileSync(path.join(hostile, 'snapshot.json'), 'utf8')) as Snapshot
      data.site.siteName = `</title><script>alert(1)</script>${data.site.siteName}`
      data.site.contactAddress = `${attack}云溪镇`
      for (const v of data.villages) v.name = `${attack}${v.name}`
      for (const m of data.roleModels) m.summary = `${attack}${m.summary}`
      for (const b of data.selectionBatches) {
        b.title = `${attack}${b.title}`
        if (b.notice) b.notice.objectionsTo = `${attack}${b.notice.objectionsTo}`
      }
      for (const s of data.lectureSessions) s.venue = `${attack}${s.venue}`
      for (const n of data.notices) {
        n.title = `${attack}${n.title}`
        n.issuedBy = `${attack}${n.issuedBy}`
      }
      for (const g of data.grids) {
        g.name = `${attack}${g.name}`
        g.area = `${attack}${g.area}`
        for (const w of g.workers) w.name = `${attack}${w.name}`
      }
      for (const b of data.pointsBoards) {
        b.intro = `${attack}${b.intro ?? ''}`
        for (const r of b.redList) {
          r.group = `${attack}${r.group}`
          r.deeds = `${attack}${r.deeds}`
          if (r.household) r.household = `${attack}${r.household}`
        }
      }
      for (const r of data.villageRules) r.shortVersion = `${attack}\n${r.shortVersion ?? ''}`
      for (const e of data.policyExplainers) e.keyPoints = [`${attack}要点`, ...e.keyPoints]
      fs.writeFileSync(path.join(hostile, 'snapshot.json'), JSON.stringify(data))
      const out = path.join(site.work, 'hostile-dist')
      await astroBuild(hostile, out, { imageCache: sharedImageCache })

      const pages = filesUnder(out).filter((f) => f.endsWith('.html'))
      const kiosk = pages.filter((f) => f.includes(`${path.sep}kiosk${path.sep}`))
      expect(kiosk.length).toBeGreaterThan(4)
      for (const file of pages) {
        // Inside a quoted attribute value markup is only text; everywhere else it must be escaped.
        const outsideAttributes = fs.readFileSync(file, 'utf8').replace(/="[^"]*"/g, '=""')
        expect(outsideAttributes, file).not.toContain('<img src=x')
        expect(outsideAttributes, file).not.toContain('<script>alert(1)')
      }
      const villageKiosk = fs.readFileSync(path.join(out, 'kiosk', 'qing-xi-cun', 'index.html'), 'utf8')
      expect(villageKiosk).toContain('&lt;img src=x onerror=alert(1)&gt;清溪村党群服务中心')
      expect(villageKiosk).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
      const built = (url: string) => fs.readFileSync(path.join(out, url, 'index.html'), 'utf8')
      expect(built('/villages/qing-xi-cun/grids/')).toContain(
        '&lt;img src=x onerror=alert(1)&gt;清溪村第一网格',
      )
      expect(built('/villages/liu-wan-cun/points/')).toContain(
        '&lt;img src=x onerror=alert(1)&gt;汛期主动巡河',
      )
    },
    BUILD_MS,
  )
})

describe('pictures as the public gets them', () => {
  test('no uploaded original is published, and no published picture carries EXIF or GPS', async () => {
    const sharp = (await import('sharp')).default
    expect(fs.existsSync(path.join(dist, 'media'))).toBe(false)
    const pictures = filesUnder(path.join(dist, 'img'))
    expect(pictures.length).toBeGreaterThan(200)
    for (const file of pictures.filter((f) => f.endsWith('.jpg') || f.endsWith('.webp')).slice(0, 60)) {
      const { exif } = await sharp(file).metadata()
      expect(exif, file).toBeUndefined()
    }
  })

  test(
    'the same picture uploaded twice under two names builds, from one encoded file',
    async () => {
      const twice = path.join(site.work, 'snapshot-twice')
      fs.cpSync(site.snapshotDir, twice, { recursive: true })
      const data = JSON.parse(fs.readFileSync(path.join(twice, 'snapshot.json'), 'utf8')) as Snapshot
      const [first, second] = data.roleModels.filter((m) => m.portrait)
      fs.copyFileSync(
        path.join(twice, 'public', first.portrait!.src),
        path.join(twice, 'public', 'media', 'copy.jpg'),
      )
      second.portrait = { ...first.portrait!, id: 'copy', src: 'media/copy.jpg' }
      fs.writeFileSync(path.join(twice, 'snapshot.json'), JSON.stringify(data))
      // An empty cache: both names are encoded in this build, as one file (the encoder takes each file once).
      const out = path.join(site.work, 'dist-twice')
      await astroBuild(twice, out, { imageCache: path.join(site.work, 'cache-twice') })
      const jpeg = (m: typeof first) =>
        /<img src="(\/img\/[0-9a-f]{16}-\d+\.jpg)"/.exec(
          fs.readFileSync(path.join(out, 'role-models', m.village ?? 'zhen', m.slug, 'index.html'), 'utf8'),
        )![1]
      expect(jpeg(second)).toBe(jpeg(first))
    },
    BUILD_MS,
  )
})

describe('a county-sized portal', () => {
  let data: Snapshot
  let out: string
  const BATCH_SIZE = 450
  beforeAll(async () => {
    const big = path.join(site.work, 'county-snapshot')
    fs.cpSync(site.snapshotDir, big, { recursive: true })
    data = JSON.parse(fs.readFileSync(path.join(big, 'snapshot.json'), 'utf8')) as Snapshot
    const base = data.roleModels.find((m) => m.featuredOnHome)!
    // 60 more featured role models, one published each day before the export; 40 lectures this week.
    const extra = Array.from({ length: 60 }, (_, i) => ({
      ...base,
      id: `county-${i}`,
      slug: `${base.slug}-county-${i}`,
      name: `${base.name}${i}号`,
      publishedAt: new Date(Date.parse('2026-11-22T02:00:00Z') - i * 86_400_000).toISOString(),
    }))
    // A county-wide batch of 450, in every category.
    const batch = { ...data.selectionBatches[0], id: 'county-batch', slug: 'county-batch', title: '全县表彰' }
    const members = Array.from({ length: BATCH_SIZE }, (_, i) => ({
      ...data.roleModels[i % data.roleModels.length],
      id: `member-${i}`,
      slug: `member-${i}`,
      name: `成员${i}号`,
      category: roleModelCategories[i % roleModelCategories.length].value,
      batch: batch.id,
      featuredOnHome: false,
      featuredOnKiosk: false,
    }))
    const session =
      data.lectureSessions.find((s) => chinaDay(s.startsAt) === '2026-11-24') ?? data.lectureSessions[0]
    const sessions = Array.from({ length: 40 }, (_, i) => ({
      ...session,
      id: `county-session-${i}`,
      slug: `${session.slug}-${i}`,
      status: 'planned' as const,
      startsAt: `2026-11-2${4 + (i % 5)}T0${i % 10}:00:00.000Z`,
    }))
    data.roleModels.push(...extra, ...members)
    data.selectionBatches.push(batch)
    data.lectureSessions.push(...sessions)
    fs.writeFileSync(path.join(big, 'snapshot.json'), JSON.stringify(data))
    out = path.join(site.work, 'county-dist')
    await astroBuild(big, out, { imageCache: sharedImageCache })
  }, BUILD_MS)

  test('the home page shows the 8 newest featured role models and 10 of this week’s lectures, with links to the rest', () => {
    const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8')
    const section = (heading: string) =>
      new RegExp(`<h2>${heading}</h2>([\\s\\S]*?)</section>`).exec(html)?.[1] ?? ''
    const featured = [...section('身边好榜样').matchAll(/<a href="(\/role-models\/[^"]+\/[^"]+\/)"/g)].map(
      (m) => m[1],
    )
    const newest = [...data.roleModels]
      .filter((m) => m.featuredOnHome)
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
      .slice(0, 8)
      .map((m) => `/role-models/${m.village ?? 'zhen'}/${m.slug}/`)
    expect(featured).toEqual(newest)
    expect(section('身边好榜样')).toContain('<a href="/role-models/">更多身边好榜样</a>')
    expect([...section('本周讲堂').matchAll(/<a href="\/lectures\/[^"]+">/g)].length).toBe(10)
  })

  // A kiosk page holds its whole loop, to play offline: its budget is the first load (bench).
  test('every portal page is under 30 KB of HTML, except the whole honours list made to print', () => {
    const pages = filesUnder(out).filter((f) => f.endsWith('.html') && !f.startsWith(path.join(out, 'kiosk')))
    const big = pages
      .filter((f) => !f.endsWith(path.join('county-batch', 'print', 'index.html')))
      .map((f) => [path.relative(out, f), fs.statSync(f).size] as const)
      .filter(([, size]) => size >= 30 * 1024)
    expect(big).toEqual([])
  })

  test('a long honours list is paged, every member named once, the counts whole on each page, and prints whole', () => {
    const root = path.join(out, 'role-models', 'batch', 'zhen', 'county-batch')
    const pageCount = Math.ceil(BATCH_SIZE / 100)
    const files = Array.from({ length: pageCount }, (_, i) =>
      path.join(root, i === 0 ? '' : String(i + 1), 'index.html'),
    )
    const named = files.flatMap((file) => {
      const html = fs.readFileSync(file, 'utf8')
      expect(html).toContain(`本批共${BATCH_SIZE}名（户、组）`)
      expect(html).toContain('<a href="/role-models/batch/zhen/county-batch/print/">查看和打印完整名单</a>')
      expect(html).toContain(`共 ${pageCount} 页`)
      return [...html.matchAll(/<a href="\/role-models\/[^/]+\/(member-\d+)\/">/g)].map((m) => m[1])
    })
    expect(named.sort()).toEqual(Array.from({ length: BATCH_SIZE }, (_, i) => `member-${i}`).sort())
    expect(fs.existsSync(path.join(root, String(pageCount + 1)))).toBe(false)
    const print = fs.readFileSync(path.join(root, 'print', 'index.html'), 'utf8')
    expect([...print.matchAll(/<a href="\/role-models\/[^/]+\/member-\d+\/">/g)]).toHaveLength(BATCH_SIZE)
    expect(print).not.toContain('查看和打印完整名单')
    // The demo's short lists stay one page, with no print page of their own.
    for (const b of snapshot.selectionBatches)
      expect(fs.existsSync(path.join(out, 'role-models', 'batch', scope(b.village), b.slug, 'print'))).toBe(
        false,
      )
  })
})

describe('builds side by side', () => {
  test(
    'two builds of different snapshots at the same time in one site/ each show their own content',
    async () => {
      const other = path.join(site.work, 'renamed-snapshot')
      fs.cpSync(site.snapshotDir, other, { recursive: true })
      const data = JSON.parse(fs.readFileSync(path.join(other, 'snapshot.json'), 'utf8')) as Snapshot
      for (const v of data.villages) v.name = `${v.name}（另一份）`
      fs.writeFileSync(path.join(other, 'snapshot.json'), JSON.stringify(data))
      const [a, b] = [path.join(site.work, 'side-a'), path.join(site.work, 'side-b')]
      await Promise.all([
        astroBuild(site.snapshotDir, a, { imageCache: sharedImageCache }),
        astroBuild(other, b, { imageCache: sharedImageCache }),
      ])
      const villagePage = (dir: string) =>
        fs.readFileSync(path.join(dir, 'villages', 'qing-xi-cun', 'index.html'), 'utf8')
      expect(villagePage(a)).not.toContain('（另一份）')
      expect(villagePage(b)).toContain('清溪村（另一份）')
    },
    BUILD_MS,
  )
})

describe('content security policy', () => {
  test('every page names its scripts and styles by hash, allows no inline script or style attribute', async () => {
    const crypto = await import('node:crypto')
    const digest = (text: string) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`
    const pages = filesUnder(dist).filter((f) => f.endsWith('.html'))
    for (const file of pages) {
      const html = fs.readFileSync(file, 'utf8')
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1]
      expect(policy, file).toBeDefined()
      expect(policy, file).not.toContain('unsafe-inline')
      expect(policy, file).toContain("object-src 'none'")
      for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (!attributes.includes('src='))
          expect(policy, `${file}: ${body.slice(0, 60)}`).toContain(digest(body))
      }
      for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
        expect(policy, file).toContain(digest(body))
      expect(html, file).not.toMatch(/<[^>]+\sstyle="/)
    }
  })
})
