/** Published content as plain records, read once per build and shared by every page. */
import { getCollection } from 'astro:content'

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
