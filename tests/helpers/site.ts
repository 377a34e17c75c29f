import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Snapshot } from '@xiangfeng/content-schema'

import { writeSnapshot } from '../../cms/src/publish/export'
import { astroBuild } from '../../cms/src/publish/pipeline'
import { seed } from '../../cms/src/seed'
import { startCms } from './payload'

export const filesUnder = (root: string): string[] =>
  fs
    .readdirSync(root, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(root, e.name)) : [path.join(root, e.name)]))

/** The demo township's seed date: the site tests see the same "this week" every run. */
export const DEMO_NOW = new Date('2026-11-23T02:00:00Z')

export type DemoSite = {
  work: string
  dist: string
  snapshotDir: string
  snapshot: Snapshot
  /** Every private value the CMS holds for the demo role models. */
  secrets: string[]
  buildLog: string
  remove: () => void
}

/**
 * A run's test builds share encoded pictures (named by content hash), as the CMS's builds do; each
 * run has its own (vitest.config.ts), so the first build of a run encodes every picture cold.
 */
export const sharedImageCache =
  process.env.XIANGFENG_TEST_IMAGE_CACHE ?? fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-image-cache-'))

/** Seed the demo township in a real CMS, export its snapshot and build the real portal from it. */
export async function buildDemoSite(): Promise<DemoSite> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-site-'))
  const cms = await startCms()
  await seed(cms.payload, { now: DEMO_NOW })
  const snapshotDir = path.join(work, 'snapshot')
  const { snapshot } = await writeSnapshot(cms.payload, snapshotDir, DEMO_NOW)
  const models = (
    await cms.payload.find({ collection: 'role-models', limit: 0, pagination: false, draft: true })
  ).docs
  const secrets = models.flatMap(
    (m) =>
      [m.contact?.phone, m.contact?.idNumber, m.contact?.address, m.consent?.scope].filter(
        Boolean,
      ) as string[],
  )
  await cms.close()
  const dist = path.join(work, 'dist')
  const buildLog = await astroBuild(snapshotDir, dist, { imageCache: sharedImageCache })
  return {
    work,
    dist,
    snapshotDir,
    snapshot,
    secrets,
    buildLog,
    remove: () => fs.rmSync(work, { recursive: true, force: true }),
  }
}
