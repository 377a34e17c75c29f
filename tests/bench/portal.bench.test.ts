/**
 * Portal benchmarks. On the demo township: publish → live for one edit (a warm-up, then
 * BENCH_RUNS runs, median and spread) and page weight per page type. At BENCH_SIZES role models
 * (default 1000 and 10000), each with a portrait of its own (generated): a cold build on an empty
 * picture cache, then a warm-up and BENCH_RUNS warm builds, beside a bare Astro build of as many
 * trivial pages in the same run, with the ratios printed. Prints a table; asserts only that the
 * builds worked, never a time.
 */
import fs from 'node:fs'
import type net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Snapshot } from '@xiangfeng/content-schema'
import sharp from 'sharp'

import { afterAll, expect, test } from 'vitest'

import { astroBuildCommand, buildSite, liveSiteDir } from '@xiangfeng/cms/publish/pipeline'
import { seed } from '@xiangfeng/cms/seed'
import { transition } from '@xiangfeng/cms/workflow/transition'
import { launchBrowser } from '../helpers/browser'
import { makeUser, startCms } from '../helpers/payload'
import { indexedTexts, pagesContaining, searchResults } from '../helpers/search'
import { rootDir, servePortal } from '../helpers/server'
import { filesUnder } from '../helpers/site'
import { median, RUNS, type Run, summary, timed } from './measure'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-bench-'))
const SIZES = (process.env.BENCH_SIZES || '1000,10000').split(',').map(Number)

const figures: [string, string][] = []
afterAll(() => {
  console.log(`\n乡风 portal benchmark (${os.cpus().length} cores, Node ${process.version})`)
  for (const [name, value] of figures) console.log(`  ${name.padEnd(52)} ${value}`)
  fs.rmSync(work, { recursive: true, force: true })
})

/** `astro build` of the portal: time, peak memory, and how many picture variants were encoded. */
async function timedAstroBuild(snapshotDir: string, outDir: string, imageCache: string) {
  const { args, options } = astroBuildCommand(snapshotDir, outDir, { imageCache })
  const run = await timed(process.execPath, args, options as never)
  fs.rmSync(outDir, { recursive: true, force: true })
  return { ...run, encoded: /(\d+ picture variants, \d+ encoded)/.exec(run.log)![1] }
}

/** A bare Astro project of `pages` trivial static pages, built with the same Astro. */
function bareAstroProject(pages: number) {
  const dir = path.join(work, `bare-${pages}`)
  fs.mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true })
  fs.symlinkSync(path.join(rootDir, 'node_modules'), path.join(dir, 'node_modules'))
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), "export default { build: { format: 'directory' } }\n")
  fs.writeFileSync(
    path.join(dir, 'src', 'pages', '[n].astro'),
    `---
export const getStaticPaths = () => Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } }))
const { n } = Astro.params
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>页面 {n}</title></head><body><h1>页面 {n}</h1><p>内容。</p></body></html>
`,
  )
  return dir
}

let demoSnapshotDir: string

/** The page types of the portal, by address; every page is one of them. */
const PAGE_TYPES: [string, RegExp][] = [
  ['home', /^index\.html$/],
  ['404', /^404\.html$/],
  ['kiosk', /^kiosk\//],
  ['honours list to print', /^role-models\/batch\/[^/]+\/[^/]+\/print\//],
  ['honours list', /^role-models\/batch\//],
  ['role-model list', /^role-models\/((category|village)\/.*)?index\.html$/],
  ['role model', /^role-models\/[^/]+\/[^/]+\/index\.html$/],
  ['lecture list', /^lectures\/((series|month|village)\/.*)?index\.html$/],
  ['lecture', /^lectures\//],
  ['policy list', /^policies\/((topic)\/.*)?index\.html$/],
  ['policy', /^policies\//],
  ['notice list', /^notices\/index\.html$/],
  ['notice', /^notices\//],
  ['village rules', /^villages\/[^/]+\/rules\//],
  ['grids', /^villages\/[^/]+\/grids\//],
  ['points board', /^villages\/[^/]+\/points\//],
  ['village', /^villages\//],
  ['search', /^search\//],
]
const pageType = (page: string) => PAGE_TYPES.find(([, pattern]) => pattern.test(page))?.[0] ?? 'other'
/** Whole by design: the list made to print, and a screen's loop kept for offline play (first-load budget). */
const UNBOUNDED = new Set(['honours list to print', 'kiosk'])

test('demo township: publish to live, and page weight per page type', async () => {
  const cms = await startCms({ dataDir: path.join(work, 'demo') })
  await seed(cms.payload)
  const first = await buildSite(cms.payload, 'bench')
  expect(first.ok).toBe(true)

  const [editor, reviewer, leader] = await Promise.all(
    (['township-editor', 'township-reviewer', 'leader'] as const).map((role) =>
      makeUser(cms.payload, `${role}@bench.example`, [role]),
    ),
  )
  const model = (await cms.payload.find({ collection: 'role-models', where: { name: { equals: '王桂兰' } } }))
    .docs[0]
  const page = () =>
    path.join(fs.realpathSync(liveSiteDir()), 'role-models/tao-yuan-cun/wang-gui-lan/index.html')
  /** One edit of the summary through 三审: seconds from 终审 to the page being live. */
  async function publishEdit(summaryText: string) {
    await cms.payload.update({
      collection: 'role-models',
      id: model.id,
      data: { summary: summaryText },
      draft: true,
      user: editor as never,
      overrideAccess: false,
    })
    for (const [action, user] of [
      ['submit', editor],
      ['review', reviewer],
    ] as const)
      await transition(cms.payload, { collection: 'role-models', id: model.id, action, user: user as never })
    const approvedAt = Date.now()
    await transition(cms.payload, {
      collection: 'role-models',
      id: model.id,
      action: 'approve',
      user: leader as never,
    })
    await cms.payload.jobs.run({ queue: 'site' })
    expect(fs.readFileSync(page(), 'utf8')).toContain(summaryText)
    return (Date.now() - approvedAt) / 1000
  }
  // A warm-up edit, then RUNS more, each through review and live.
  const warmUp = await publishEdit('照顾婆婆十一年，从不言苦。')
  figures.push(['publish → live page, the warm-up edit', `${warmUp.toFixed(1)} s`])
  const seconds: number[] = []
  for (let run = 0; run < RUNS; run++)
    seconds.push(await publishEdit(`照顾婆婆十一年，从不言苦。（第${run + 1}次修改）`))
  figures.push([`publish → live page, one edit, demo township (${RUNS} runs)`, `${summary(seconds)} s`])

  const live = fs.realpathSync(liveSiteDir())
  const types: Record<string, RegExp> = {
    home: /^index\.html$/,
    'role-model page': /^role-models\/(?!category|village)[^/]+\/[^/]+\/index\.html$/,
    'lecture page': /^lectures\/(?!series|month|village)[^/]+\/[^/]+\/index\.html$/,
    'policy page': /^policies\/(?!topic)[^/]+\/[^/]+\/index\.html$/,
    'village rules page': /^villages\/[^/]+\/rules\/[^/]+\/index\.html$/,
    'village page': /^villages\/[^/]+\/index\.html$/,
    'list page':
      /^(role-models|lectures|policies|villages)\/(index\.html|(category|village|topic|series|month)\/.*index\.html)$/,
    'search page': /^search\/index\.html$/,
  }
  const pages = filesUnder(live)
    .map((f) => path.relative(live, f))
    .filter((f) => f.endsWith('.html'))
  for (const [type, pattern] of Object.entries(types)) {
    const sizes = pages
      .filter((p) => pattern.test(p))
      .map((p) => {
        const html = fs.readFileSync(path.join(live, p), 'utf8')
        const assets = [...html.matchAll(/(?:href|src)="(\/[^"]+\.(?:css|js))"/g)].map(
          (m) => fs.statSync(path.join(live, m[1])).size,
        )
        const inlineJs = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
          .map((m) => Buffer.byteLength(m[1]))
          .reduce((a, b) => a + b, 0)
        return { total: Buffer.byteLength(html) + assets.reduce((a, b) => a + b, 0), inlineJs }
      })
      .sort((a, b) => a.total - b.total)
    const median = sizes[Math.floor(sizes.length / 2)]
    figures.push([
      `median ${type} (HTML+CSS+JS), n=${sizes.length}`,
      `${(median.total / 1024).toFixed(1)} KB, of it JS ${(median.inlineJs / 1024).toFixed(1)} KB`,
    ])
  }
  // The search page loads Pagefind on first search: its script, WebAssembly and index chunks.
  const pagefind = filesUnder(path.join(live, 'pagefind'))
    .filter((f) => /pagefind\.js$|\.pagefind$|\.pf_meta$/.test(f))
    .reduce((sum, f) => sum + fs.statSync(f).size, 0)
  figures.push([
    'search: Pagefind script + wasm + metadata (gzip on the wire)',
    `${(pagefind / 1024).toFixed(0)} KB`,
  ])
  demoSnapshotDir = path.join(work, 'demo', 'site', 'snapshot')
  await cms.close({ keepData: true })
})

test.each(SIZES)('full build with %i role models, each with its own portrait', async (count) => {
  const demo = JSON.parse(fs.readFileSync(path.join(demoSnapshotDir, 'snapshot.json'), 'utf8')) as Snapshot
  const dir = path.join(work, `snapshot-${count}`)
  fs.mkdirSync(path.join(dir, 'public', 'media'), { recursive: true })
  fs.cpSync(path.join(demoSnapshotDir, 'public'), path.join(dir, 'public'), { recursive: true })
  // One portrait per role model, each a different picture (its own colour), 400 × 500 like a phone photo cropped.
  const roleModels = []
  for (let i = 0; i < count; i++) {
    const base = demo.roleModels[i % demo.roleModels.length]
    const src = `media/bench-${i}.jpg`
    await sharp({
      create: { width: 400, height: 500, channels: 3, background: { r: i % 256, g: (i >> 8) % 256, b: 128 } },
    })
      .jpeg({ quality: 80 })
      .toFile(path.join(dir, 'public', src))
    const portrait = { id: `bench-${i}`, src, alt: `${base.name}${i}的照片`, width: 400, height: 500 }
    roleModels.push({
      ...base,
      id: `bench-${i}`,
      slug: `${base.slug}-${i}`,
      name: `${base.name}${i}`,
      portrait,
    })
  }
  fs.writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify({ ...demo, roleModels }))
  const out = path.join(work, `dist-${count}`)
  const cache = path.join(work, `image-cache-${count}`)

  // Cold: nothing encoded yet. Then warm: a warm-up, and RUNS builds on the filled cache.
  const cold = await timedAstroBuild(dir, out, cache)
  await timedAstroBuild(dir, out, cache)
  const warm: Run[] = []
  for (let run = 0; run < RUNS; run++) {
    fs.rmSync(out, { recursive: true, force: true })
    const { args, options } = astroBuildCommand(dir, out, { imageCache: cache })
    warm.push(await timed(process.execPath, args, options as never))
  }
  const htmlFiles = filesUnder(out).filter((f) => f.endsWith('.html'))
  const pages = htmlFiles.length
  expect(pages).toBeGreaterThan(count)
  // The largest page of each type at this size: every portal page stays under 30 KB (the whole
  // honours list made to print and the kiosk's offline loop have budgets of their own).
  const largest = new Map<string, { page: string; bytes: number }>()
  for (const file of htmlFiles) {
    const page = path.relative(out, file)
    const type = pageType(page)
    const bytes = fs.statSync(file).size
    if ((largest.get(type)?.bytes ?? -1) < bytes) largest.set(type, { page, bytes })
  }
  for (const [type, { page, bytes }] of [...largest].sort())
    figures.push([`  largest ${type} page`, `${(bytes / 1024).toFixed(1)} KB (${page})`])
  expect([...largest].filter(([type, { bytes }]) => !UNBOUNDED.has(type) && bytes >= 30 * 1024)).toEqual([])

  // Exact search at this size, on the last build: each query finds the pages that hold it, and
  // only those. Names are numbered here (王桂兰4700), so a name with its number is one person.
  const { server, origin } = await servePortal(out)
  const browser = await launchBrowser()
  try {
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage()
    await page.goto(`${origin}/search/`)
    const urls = [
      ...fs.readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g),
    ]
    const texts = await indexedTexts(
      page,
      urls.map(([, loc]) => new URL(loc).pathname),
    )
    const named = roleModels[Math.floor(count * 0.47)].name
    const queries = ['孝顺', '修路', '张建民', '危房改造', '志愿服务', '某民发〔2025〕14号', named]
    const seconds: number[] = []
    for (const query of queries) {
      const expected = pagesContaining(texts, query)
      const started = Date.now()
      const found = await searchResults(page, origin, query)
      seconds.push((Date.now() - started) / 1000)
      // The page shows the first 30 results: all of them when there are no more, else 30 that hold it.
      if (expected.length <= 30) expect(found, query).toEqual(expected)
      else {
        expect(found.length, query).toBe(30)
        expect(
          found.filter((url) => !expected.includes(url)),
          query,
        ).toEqual([])
      }
    }
    figures.push([
      `  exact search, ${queries.length} queries (${queries.join('、')})`,
      `results equal the pages holding each; ${summary(seconds)} s to results`,
    ])

    // A screen's first visit at this size: its page and everything its worker keeps, as sent.
    const sockets = new Set<net.Socket>()
    const track = (socket: net.Socket) => sockets.add(socket)
    server.on('connection', track)
    const screen = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true })
    const kiosk = await screen.newPage()
    await kiosk.goto(`${origin}/kiosk/qing-xi-cun/da-ting-dian-shi/`)
    await kiosk.evaluate(() => navigator.serviceWorker.ready)
    await kiosk.waitForFunction(() => Boolean(navigator.serviceWorker.controller))
    server.off('connection', track)
    const firstLoad = [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0)
    figures.push([
      `  kiosk first load (page + worker's files), as sent`,
      `${(firstLoad / 1024).toFixed(1)} KiB`,
    ])
    expect(firstLoad).toBeLessThan(150 * 1024)
    await screen.close()
  } finally {
    await browser.close()
    server.close()
  }

  // The same Astro, as many trivial pages, in this run: what the portal's build is measured against.
  const bare = bareAstroProject(pages)
  const astroBin = path.join(rootDir, 'node_modules', 'astro', 'bin', 'astro.mjs')
  const bareEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const }
  await timed(process.execPath, [astroBin, 'build'], { cwd: bare, env: bareEnv })
  const bareRuns: Run[] = []
  for (let run = 0; run < RUNS; run++)
    bareRuns.push(await timed(process.execPath, [astroBin, 'build'], { cwd: bare, env: bareEnv }))
  expect(filesUnder(path.join(bare, 'dist')).filter((f) => f.endsWith('.html')).length).toBe(pages)

  const rate = (runs: Run[]) => runs.map((r) => pages / r.seconds)
  figures.push([
    `${count} role models (${pages} pages): cold build, empty picture cache`,
    `${cold.seconds.toFixed(1)} s, peak ${cold.peakMiB.toFixed(0)} MiB, ${cold.encoded}`,
  ])
  figures.push([
    `  warm build (${RUNS} runs after a warm-up)`,
    `${summary(warm.map((r) => r.seconds))} s, ${summary(rate(warm), 0)} pages/s, peak ${summary(
      warm.map((r) => r.peakMiB),
      0,
    )} MiB`,
  ])
  figures.push([
    `  bare Astro, ${pages} trivial pages (${RUNS} runs)`,
    `${summary(bareRuns.map((r) => r.seconds))} s, ${summary(rate(bareRuns), 0)} pages/s, peak ${summary(
      bareRuns.map((r) => r.peakMiB),
      0,
    )} MiB`,
  ])
  figures.push([
    `  portal ÷ bare (medians)`,
    `${(median(rate(warm)) / median(rate(bareRuns))).toFixed(2)}× the pages/s, ${(median(warm.map((r) => r.peakMiB)) / median(bareRuns.map((r) => r.peakMiB))).toFixed(2)}× the peak memory`,
  ])
})
