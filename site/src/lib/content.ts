/**
 * Published content as plain records: the snapshot, read once per build, validated against the
 * contract as a whole, and shared by every page.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { type ContentType, noticeInForce, roleModelCategories, Snapshot } from '@xiangfeng/content-schema'

import { paths, scope } from './paths'
import { snapshotDir } from './settings'

let cached: Promise<Snapshot> | undefined
const snapshot = () =>
  (cached ??= fs
    .readFile(path.join(snapshotDir, 'snapshot.json'), 'utf8')
    .then((text) => Snapshot.parse(JSON.parse(text))))

/** The whole snapshot, for a content type's view (views/contentViews.tsx) to look up what it links to. */
export const publicSnapshot = snapshot

/** Every record of one list of the snapshot, in the snapshot's order: a new list, for callers to sort. */
const records = async <L extends ContentType>(name: L) => [...(await snapshot())[name]] as Snapshot[L]

export const roleModels = () => records('roleModels')
/** Selection batches, newest announcement first. */
export const selectionBatches = async () =>
  (await records('selectionBatches')).sort((a, b) => b.announcedOn.localeCompare(a.announcedOn))
/** Every published notice, also those that start after the export (the kiosk starts them itself). */
export const everyNotice = () => records('notices')
/**
 * Notices that have started by the export, newest first; one that starts later is not public yet
 * (the portal is rebuilt at that moment).
 */
export const notices = async () => {
  const now = (await exportedAt()).getTime()
  return (await everyNotice())
    .filter((n) => Date.parse(n.validFrom) <= now)
    .sort((a, b) => Date.parse(b.validFrom) - Date.parse(a.validFrom))
}
/** The urgent notices in force at the export for a page of `village` (or of the township's pages). */
export const urgentNotices = async (village?: string) => {
  const now = await exportedAt()
  return (await notices()).filter(
    (n) => n.urgent && noticeInForce(n, now) && (!n.village || n.village === village),
  )
}
export const villages = () => records('villages')
/** 第十二网格 → 第012网格: names compare in the order their numbers count (pinyin would put 二 before 一). */
const numbered = (name: string) =>
  name.replace(/[一二三四五六七八九十]+/g, (run) => {
    const digit = (c: string) => '一二三四五六七八九'.indexOf(c) + 1
    const [tens, ones] = run.includes('十') ? run.split('十') : ['', run]
    const n = run.includes('十') ? (tens ? digit(tens) : 1) * 10 + (ones ? digit(ones) : 0) : digit(ones)
    return String(n).padStart(3, '0')
  })
/** A village's grids in their numbered order: 第一网格, 第二网格 … 第十二网格. */
export const gridsOf = async (village: string) =>
  (await records('grids'))
    .filter((g) => g.village === village)
    .sort((a, b) => (numbered(a.name) < numbered(b.name) ? -1 : numbered(a.name) > numbered(b.name) ? 1 : 0))
/** A village's points boards, the newest month first. */
export const pointsBoardsOf = async (village: string) =>
  (await records('pointsBoards'))
    .filter((b) => b.village === village)
    .sort((a, b) => b.month.localeCompare(a.month))
export const lectureSeries = () => records('lectureSeries')
export const villageRules = () => records('villageRules')
export const screens = () => records('screens')
/** Lectures by start time. */
export const lectureSessions = async () =>
  (await records('lectureSessions')).sort((a, b) => a.startsAt.localeCompare(b.startsAt))
/** Explainers, newest first. */
export const policyExplainers = async () =>
  (await records('policyExplainers')).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))

/** The site's settings and the moment of the export, "today" for every page of this build. */
export const siteSettings = async () => {
  const { site, exportedAt } = await snapshot()
  return { ...site, exportedAt }
}

/** Each lecture series with its sessions: the series page and its calendar feed are made alike. */
export async function seriesPaths() {
  const sessions = await lectureSessions()
  return (await lectureSeries()).map((series) => ({
    params: { scope: scope(series.village), slug: series.slug },
    props: { series, sessions: sessions.filter((s) => s.series === series.slug) },
  }))
}

/** The moment the snapshot was exported: "today" for every page of this build. */
export const exportedAt = async () => new Date((await siteSettings()).exportedAt as string)

/** Village slug → name; township-wide content has no village. */
export const villageNames = async () => new Map((await villages()).map((v) => [v.slug, v.name]))

/** Items per listing page: short enough to scroll on a phone, few enough pages to page through. */
export const PAGE_SIZE = 24
/** Names per page of an honours list: a name is a line, not a card, so a page holds more. */
export const BATCH_PAGE_SIZE = 100

/** The newest update among `items`, for the "更新于" line every page shows. */
export const lastUpdated = (items: { updatedAt: string }[]) =>
  items
    .map((d) => d.updatedAt)
    .sort()
    .at(-1)

let filterLinks: ReturnType<typeof countFilterLinks> | undefined
/** Links that narrow the role-model list, with counts; computed once per build. */
export const roleModelFilterLinks = () => (filterLinks ??= countFilterLinks())

async function countFilterLinks() {
  const models = await roleModels()
  const byCategory = new Map<string, number>()
  const byPlace = new Map<string | undefined, number>()
  for (const m of models) {
    byCategory.set(m.category, (byCategory.get(m.category) ?? 0) + 1)
    byPlace.set(m.village, (byPlace.get(m.village) ?? 0) + 1)
  }
  const categories = roleModelCategories
    .map((c) => ({
      href: paths.roleModelsOfCategory(c.value),
      label: c.label,
      count: byCategory.get(c.value) ?? 0,
    }))
    .filter((link) => link.count > 0)
  const places = [
    { href: paths.roleModelsOfVillage(), label: '镇级', count: byPlace.get(undefined) ?? 0 },
    ...(await villages()).map((v) => ({
      href: paths.roleModelsOfVillage(v.slug),
      label: v.name,
      count: byPlace.get(v.slug) ?? 0,
    })),
  ].filter((link) => link.count > 0)
  const byBatch = new Map<string, number>()
  for (const m of models) if (m.batch) byBatch.set(m.batch, (byBatch.get(m.batch) ?? 0) + 1)
  const batches = (await selectionBatches()).map((b) => ({
    href: paths.batch(b),
    label: b.title,
    count: byBatch.get(b.id) ?? 0,
  }))
  return { categories, places, batches }
}
