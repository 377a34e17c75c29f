/** Published content as plain records, read once per build and shared by every page. */
import { roleModelCategories } from '@xiangfeng/content-schema'
import { getCollection, getEntry } from 'astro:content'

import { paths, scope } from './paths'

export const roleModels = async () => (await getCollection('roleModels')).map((m) => m.data)
export const villages = async () => (await getCollection('villages')).map((v) => v.data)
export const lectureSeries = async () => (await getCollection('lectureSeries')).map((s) => s.data)
export const lectureSessions = async () =>
  (await getCollection('lectureSessions'))
    .map((s) => s.data)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
export const policyExplainers = async () =>
  (await getCollection('policyExplainers'))
    .map((e) => e.data)
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))

/** Each lecture series with its sessions: the series page and its calendar feed are made alike. */
export async function seriesPaths() {
  const sessions = await lectureSessions()
  return (await lectureSeries()).map((series) => ({
    params: { scope: scope(series.village), slug: series.slug },
    props: { series, sessions: sessions.filter((s) => s.series === series.slug) },
  }))
}

/** The moment the snapshot was exported: "today" for every page of this build. */
export const exportedAt = async () => new Date((await getEntry('site', 'site'))!.data.exportedAt as string)

/** Village slug → name; township-wide content has no village. */
export const villageNames = async () => new Map((await villages()).map((v) => [v.slug, v.name]))

/** Items per listing page: short enough to scroll on a phone, few enough pages to page through. */
export const PAGE_SIZE = 24

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
  return { categories, places }
}
