/**
 * Portal benchmarks: full build speed and memory at 1k and 10k role models, publish-to-live time
 * for one edit on the demo township, and page weight per page type. Prints a table; asserts only
 * that the builds worked.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Snapshot } from '@xiangfeng/content-schema'
import sharp from 'sharp'
import { afterAll, expect, test } from 'vitest'

import { astroBuildCommand, buildSite, liveSiteDir } from '../../cms/src/publish/pipeline'
import { seed } from '../../cms/src/seed'
import { transition } from '../../cms/src/workflow/transition'
import { makeUser, startCms } from '../helpers/payload'
import { filesUnder } from '../helpers/site'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-bench-'))
const figures: [string, string][] = []
afterAll(() => {
  console.log(`\n乡风 portal benchmark (${os.cpus().length} cores, Node ${process.version})`)
  for (const [name, value] of figures) console.log(`  ${name.padEnd(52)} ${value}`)
  fs.rmSync(work, { recursive: true, force: true })
})

/**
 * `astro build` under GNU time: wall time, the build's peak resident memory, and from Astro's own
 * log how long rendering the pages took and how many picture variants had to be encoded.
 */
function timedAstroBuild(snapshotDir: string, outDir: string) {
  const { args, options } = astroBuildCommand(snapshotDir, outDir)
  return new Promise<{ seconds: number; peakMiB: number; renderSeconds: number; encoded: string }>(
    (resolve, reject) => {
      const started = Date.now()
      let log = ''
      const child = spawn('/usr/bin/time', ['-f', 'PEAK_KB=%M', process.execPath, ...args], {
        ...options,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child.stdout.on('data', (c) => (log += c))
      child.stderr.on('data', (c) => (log += c))
      child.on('exit', (code) => {
        if (code !== 0) return reject(new Error(log))
        // "generating static routes" … "✓ Completed in 12.3s." is the page-rendering phase.
        const render = /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/.exec(log)!
        resolve({
          seconds: (Date.now() - started) / 1000,
          peakMiB: Number(/PEAK_KB=(\d+)/.exec(log)![1]) / 1024,
          renderSeconds: Number(render[1]) / (render[2] === 'ms' ? 1000 : 1),
          encoded: /(\d+ picture variants, \d+ encoded)/.exec(log)![1],
        })
      })
    },
  )
}

let demoSnapshotDir: string

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
  await cms.payload.update({
    collection: 'role-models',
    id: model.id,
    data: { summary: '照顾婆婆十一年，从不言苦。' },
    draft: true,
    user: editor as never,
    overrideAccess: false,
  })
  await transition(cms.payload, {
    collection: 'role-models',
    id: model.id,
    action: 'submit',
    user: editor as never,
  })
  await transition(cms.payload, {
    collection: 'role-models',
    id: model.id,
    action: 'review',
    user: reviewer as never,
  })
  const started = Date.now()
  await transition(cms.payload, {
    collection: 'role-models',
    id: model.id,
    action: 'approve',
    user: leader as never,
  })
  await cms.payload.jobs.run({ queue: 'site' })
  const page = path.join(fs.realpathSync(liveSiteDir()), 'role-models/tao-yuan-cun/wang-gui-lan/index.html')
  expect(fs.readFileSync(page, 'utf8')).toContain('从不言苦')
  figures.push([
    'publish → live page, one edit, demo township',
    `${((Date.now() - started) / 1000).toFixed(1)} s`,
  ])

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

test.each([1_000, 10_000])('full build with %i role models', async (count) => {
  const demo = JSON.parse(fs.readFileSync(path.join(demoSnapshotDir, 'snapshot.json'), 'utf8')) as Snapshot
  const roleModels = Array.from({ length: count }, (_, i) => {
    const base = demo.roleModels[i % demo.roleModels.length]
    return { ...base, id: `bench-${i}`, slug: `${base.slug}-${i}`, name: `${base.name}${i}` }
  })
  const dir = path.join(work, `snapshot-${count}`)
  fs.mkdirSync(dir, { recursive: true })
  fs.cpSync(path.join(demoSnapshotDir, 'public'), path.join(dir, 'public'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify({ ...demo, roleModels }))
  const out = path.join(work, `dist-${count}`)
  const cold = await timedAstroBuild(dir, out)
  const pages = filesUnder(out).filter((f) => f.endsWith('.html')).length
  expect(pages).toBeGreaterThan(count)
  figures.push([
    `full build, ${count} role models (${pages} pages)`,
    `${cold.seconds.toFixed(1)} s, ${(pages / cold.seconds).toFixed(0)} pages/s overall, peak ${cold.peakMiB.toFixed(0)} MiB`,
  ])
  figures.push([
    `  rendering the ${pages} pages themselves`,
    `${cold.renderSeconds.toFixed(1)} s, ${(pages / cold.renderSeconds).toFixed(0)} pages/s`,
  ])
  // One role model's portrait replaced: the rebuild encodes only that picture's variants.
  // A different picture for each size, so that one run's change is not the other's cache hit.
  const changed = demo.roleModels.filter((m) => m.portrait)[count === 1_000 ? 0 : 1].portrait!
  const file = path.join(dir, 'public', changed.src)
  fs.writeFileSync(file, await sharp(file).negate().jpeg().toBuffer())
  fs.rmSync(out, { recursive: true, force: true })
  const again = await timedAstroBuild(dir, out)
  figures.push([`  rebuild after one picture changed`, `${again.seconds.toFixed(1)} s, ${again.encoded}`])
  fs.rmSync(out, { recursive: true, force: true })
})
