import { spawn } from 'node:child_process'
import { statSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import { dataLayout, siteBuildEnv } from '@xiangfeng/content-schema/site-build'
import type { CollectionSlug, Payload } from 'payload'

import { clearUnreadableDates } from '../db/unreadableDates'
import { labelText } from '../fields/labels'
import { findEvery } from '../find'
import { dataDir, projectRoot } from '../paths'
import type { SiteBuild } from '../payload-types'
import { SnapshotError, writeSnapshot } from './export'
import { portalBucket, pushPortal } from './portalBucket'
import { requestSiteBuild } from './requests'
import { RUNNER, runnerGone } from '../runner'

/** data/site: builds/<id>/ for each build, `current` a symlink to the one being served. */
export const siteRoot = () => path.join(dataDir(), 'site')
export const liveSiteDir = () => path.join(siteRoot(), 'current')
const KEEP_BUILDS = 3

type BuildOptions = {
  imageCache?: string
  buildId?: string
  /** The folder `astro build` runs in: site/ itself unless a copy is given (see withSiteCopy). */
  workDir?: string
}

/** What a build of the site reads from site/; nothing it writes goes there. */
const SITE_SOURCES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src']

/**
 * Run `fn` with a fresh copy of the site's sources, so that builds running at the same time (a
 * publish and the bench, or test files in parallel) never share Astro's working files
 * (.astro/.prerender). The copy lives inside the checkout so that packages
 * resolve from its node_modules; it is removed afterwards.
 */
export async function withSiteCopy<T>(fn: (workDir: string) => Promise<T>): Promise<T> {
  const root = projectRoot()
  await fs.mkdir(path.join(root, '.site-work'), { recursive: true })
  const workDir = await fs.mkdtemp(path.join(root, '.site-work', 'build-'))
  try {
    for (const entry of SITE_SOURCES)
      await fs.cp(path.join(root, 'site', entry), path.join(workDir, entry), { recursive: true })
    return await fn(workDir)
  } finally {
    await fs.rm(workDir, { recursive: true, force: true })
  }
}

/**
 * The build's JavaScript heap limit, in MiB. Left to itself V8 lets the heap of a build grow to
 * twice what it holds (10 000 role models: 1 GiB resident for a live heap under 256 MiB), on a
 * server that also runs the CMS. The limit leaves room for the records, 8× the snapshot's JSON,
 * above what Astro holds for any site; a limit too low fails the build, and the live site stays.
 */
export const buildHeapMiB = (snapshotDir: string) =>
  384 +
  Math.ceil(
    (8 * (statSync(path.join(snapshotDir, 'snapshot.json'), { throwIfNoEntry: false })?.size ?? 0)) / 2 ** 20,
  )

/** How to run `astro build` of site/ on a snapshot directory, into `outDir` (the bench reuses it). */
export function astroBuildCommand(
  snapshotDir: string,
  outDir: string,
  // Encoded pictures are kept between builds, so a rebuild encodes only new or changed ones.
  {
    imageCache = dataLayout(dataDir()).imageCacheDir,
    buildId,
    workDir = path.join(projectRoot(), 'site'),
  }: BuildOptions = {},
) {
  return {
    args: [
      `--max-old-space-size=${buildHeapMiB(snapshotDir)}`,
      path.join(projectRoot(), 'node_modules', 'astro', 'bin', 'astro.mjs'),
      'build',
    ],
    options: {
      cwd: workDir,
      env: {
        ...process.env,
        ...siteBuildEnv({
          snapshotDir,
          outDir,
          imageCacheDir: imageCache,
          buildId,
        }),
        ASTRO_TELEMETRY_DISABLED: '1',
        // What residents get, whoever runs the build (tests run under NODE_ENV=test: React's
        // development build would render every page slower).
        NODE_ENV: 'production' as const,
      },
    },
  }
}

/**
 * The part of a failed build's log an editor can act on, message first (the admin's list shows
 * the first line): Astro's [ERROR] report without its stack, else the log without the pages written.
 */
function whatWentWrong(log: string): string {
  const lines = log.split('\n')
  const start = lines.findIndex((line) => line.includes('[ERROR]'))
  if (start === -1)
    return lines
      .filter((line) => !/[├└]─|✓ /.test(line))
      .join('\n')
      .slice(-3000)
  const end = lines.findIndex((line, i) => i > start && /^\s*(Location|Stack trace):/.test(line))
  const message = lines.slice(start + 1, end === -1 ? undefined : end)
  return [...message, lines[start].replace(/^[\d:]+ /, '')].join('\n').trim().slice(0, 3000)
}

export function astroBuild(
  snapshotDir: string,
  outDir: string,
  buildOptions?: BuildOptions,
): Promise<string> {
  return withSiteCopy((workDir) => runAstro(snapshotDir, outDir, { ...buildOptions, workDir }))
}

function runAstro(snapshotDir: string, outDir: string, buildOptions: BuildOptions): Promise<string> {
  const { args, options } = astroBuildCommand(snapshotDir, outDir, buildOptions)
  return new Promise((resolve, reject) => {
    let log = ''
    const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk) => (log += chunk))
    child.stderr.on('data', (chunk) => (log += chunk))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) resolve(log)
      else reject(new Error(`${whatWentWrong(log)}\n(astro build exited with ${code})`))
    })
  })
}

async function countPages(dir: string): Promise<number> {
  let pages = 0
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) pages++
  }
  return pages
}

/** Point `current` at the new build in one rename, so a reader sees the old site or the new one, never half. */
async function switchLive(buildDir: string) {
  const link = liveSiteDir()
  const staging = `${link}.${process.pid}.${Date.now()}`
  await fs.symlink(path.relative(siteRoot(), buildDir), staging)
  await fs.rename(staging, link)
}

async function pruneOldBuilds(keep: string) {
  const builds = path.join(siteRoot(), 'builds')
  const ids = (await fs.readdir(builds)).sort()
  for (const id of ids.slice(0, Math.max(0, ids.length - KEEP_BUILDS))) {
    if (path.join(builds, id) !== keep) await fs.rm(path.join(builds, id), { recursive: true, force: true })
  }
}

/**
 * At start-up: a build whose process on this machine is gone (killed by a restart) would stay
 * 生成中 for ever. Mark it interrupted and queue a fresh one. Builds run by another machine are
 * left to that machine.
 */
export async function recoverInterruptedBuilds(payload: Payload) {
  const running = await findEvery<SiteBuild>(payload, 'site-builds', {
    where: { status: { equals: 'running' } },
  })
  const dead = running.filter((b) => runnerGone(b.runner))
  for (const build of dead) {
    await payload.update({
      collection: 'site-builds',
      id: build.id,
      data: {
        status: 'interrupted',
        error: '生成时服务器重启，本次生成被中断，线上网站保持不变；已重新安排生成。',
      },
      overrideAccess: true,
    })
  }
  if (dead.length) await requestSiteBuild(payload, '重新生成（上次生成被中断）')
  return dead.length
}

let chain: Promise<unknown> = Promise.resolve()

/**
 * Export → build → deploy, one build at a time in this process. A failure at any step leaves
 * the live site as it was; either way a build record says what happened.
 */
export function buildSite(payload: Payload, trigger: string) {
  const result = chain.then(() => buildOnce(payload, trigger))
  chain = result.catch(() => undefined)
  return result
}

async function buildOnce(payload: Payload, trigger: string) {
  const startedAt = new Date()
  const buildId = startedAt.toISOString().replace(/[-:.]/g, '').replace('T', '-').replace('Z', '')
  const record = await payload.create({
    collection: 'site-builds',
    data: { status: 'running', trigger, buildId, startedAt: startedAt.toISOString(), runner: RUNNER },
    overrideAccess: true,
  })
  const buildDir = path.join(siteRoot(), 'builds', buildId)
  try {
    const { snapshotDir } = dataLayout(dataDir())
    await fs.mkdir(path.dirname(buildDir), { recursive: true })
    const cleared = await clearUnreadableDates(payload)
    const { withheld } = await writeSnapshot(payload, snapshotDir)
    await astroBuild(snapshotDir, buildDir, { buildId })
    const pages = await countPages(buildDir)
    await switchLive(buildDir)
    await pruneOldBuilds(buildDir)
    const collectionLabel = (slug: string) =>
      labelText(payload.collections[slug as CollectionSlug]?.config.labels.singular, slug)
    // A document and its versions hold the same date: one line for it.
    const warnings = [
      ...new Set(
        cleared.map(
          (c) =>
            `${c.ownerLabel}${c.documentId ? `（编号 ${c.documentId}）` : ''}存的日期「${c.value}」无法识别，已清空，请打开补填。`,
        ),
      ),
      ...withheld.map((w) => `${collectionLabel(w.collection)}「${w.title}」：${w.problems.join('；')}`),
    ]
    const bucket = portalBucket()
    if (bucket)
      try {
        const pushed = await pushPortal(buildDir, bucket)
        payload.logger.info(
          `Site build ${buildId} pushed to bucket ${bucket}: ${pushed.uploaded} of ${pushed.files} files uploaded, ${pushed.deleted} removed.`,
        )
      } catch (error) {
        // Live here, not yet on the CDN: the record says so, and the next build pushes again.
        warnings.push(`推送到对象存储 ${bucket} 失败，CDN 上仍是之前的版本：${(error as Error).message}`)
        payload.logger.error(`Site build ${buildId} could not be pushed to bucket ${bucket}: ${error}`)
      }
    await payload.update({
      collection: 'site-builds',
      id: record.id,
      data: {
        status: 'succeeded',
        pages,
        finishedAt: new Date().toISOString(),
        warnings: warnings.join('\n') || null,
        withheld: withheld.map(({ collection, id, title }) => ({ collection, id, title })),
      },
      overrideAccess: true,
    })
    for (const w of withheld)
      payload.logger.warn(
        `Site build ${buildId}: withheld ${w.collection} ${w.id}, it cannot be published as stored.`,
      )
    payload.logger.info(
      `Site build ${buildId} is live: ${pages} pages in ${Date.now() - startedAt.getTime()} ms (${trigger}).`,
    )
    return { ok: true as const, buildId, pages, withheld }
  } catch (error) {
    await fs.rm(buildDir, { recursive: true, force: true })
    const message =
      error instanceof SnapshotError
        ? `公开数据不符合规范，网站未更新：\n${error.problems.join('\n')}`
        : `网站生成失败，线上网站保持不变：${(error as Error).message}`
    await payload.update({
      collection: 'site-builds',
      id: record.id,
      data: { status: 'failed', error: message, finishedAt: new Date().toISOString() },
      overrideAccess: true,
    })
    payload.logger.error(
      `Site build ${buildId} failed; the live site is unchanged. ${(error as Error).message}`,
    )
    return { ok: false as const, buildId, error: message }
  }
}
