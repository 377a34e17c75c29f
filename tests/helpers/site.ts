import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Snapshot } from '@xiangfeng/content-schema'

import { inject } from 'vitest'

export const filesUnder = (root: string): string[] =>
  fs
    .readdirSync(root, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(root, e.name)) : [path.join(root, e.name)]))

/** The demo township's seed date: the site tests see the same "this week" every run. */
export const DEMO_NOW = new Date('2026-11-23T02:00:00Z')

export type DemoSite = {
  /** This suite's own scratch folder. */
  work: string
  dist: string
  snapshotDir: string
  snapshot: Snapshot
  /** Every private value the CMS holds for the demo role models. */
  secrets: string[]
  remove: () => void
}

/**
 * A run's test builds share encoded pictures (named by content hash), as the CMS's builds do; each
 * run has its own (vitest.config.ts), so the first build of a run encodes every picture cold.
 */
export const sharedImageCache =
  process.env.XIANGFENG_TEST_IMAGE_CACHE ?? fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-image-cache-'))

/**
 * The demo portal built once for this run by globalSetup (helpers/prepare.ts), shared read-only by
 * every suite: a suite writes only under its own `work` folder, never into `dist` or `snapshotDir`.
 */
export function demoSite(): DemoSite {
  const dir = inject('demoSiteDir')
  const snapshotDir = path.join(dir, 'snapshot')
  const { secrets } = JSON.parse(fs.readFileSync(path.join(dir, 'demo.json'), 'utf8'))
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-site-'))
  return {
    work,
    dist: path.join(dir, 'dist'),
    snapshotDir,
    snapshot: JSON.parse(fs.readFileSync(path.join(snapshotDir, 'snapshot.json'), 'utf8')),
    secrets,
    remove: () => fs.rmSync(work, { recursive: true, force: true }),
  }
}
