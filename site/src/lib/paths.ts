/**
 * Public URLs. Slugs are unique per village, so village content lives under its village
 * ('zhen' for township-wide). Listing pages use the words category/village/batch/series/month/topic
 * as their first segment; the contract's RESERVED_VILLAGE_SLUGS keeps villages off all of them.
 */
/** The first segment of content addresses: the village's slug, or 'zhen' for the township. */
export const scope = (village?: string) => village ?? 'zhen'

export const paths = {
  home: '/',
  search: '/search/',
  roleModels: '/role-models/',
  roleModel: (m: { village?: string; slug: string }) => `/role-models/${scope(m.village)}/${m.slug}/`,
  roleModelsOfCategory: (category: string) => `/role-models/category/${category}/`,
  roleModelsOfVillage: (village?: string) => `/role-models/village/${scope(village)}/`,
  /** A selection batch's honours list (名单, or 公示 during its notice period). */
  batch: (b: { village?: string; slug: string }) => `/role-models/batch/${scope(b.village)}/${b.slug}/`,
  /** A long honours list whole, to print as one notice. */
  batchPrint: (b: { village?: string; slug: string }) =>
    `/role-models/batch/${scope(b.village)}/${b.slug}/print/`,
  notices: '/notices/',
  notice: (n: { village?: string; slug: string }) => `/notices/${scope(n.village)}/${n.slug}/`,
  lectures: '/lectures/',
  lecture: (s: { village?: string; slug: string }) => `/lectures/${scope(s.village)}/${s.slug}/`,
  lectureSeries: (s: { village?: string; slug: string }) => `/lectures/series/${scope(s.village)}/${s.slug}/`,
  lectureMonth: (month: string) => `/lectures/month/${month}/`,
  /** iCalendar feeds a phone calendar can subscribe to. */
  seriesCalendar: (s: { village?: string; slug: string }) =>
    `/lectures/series/${scope(s.village)}/${s.slug}.ics`,
  villageCalendar: (village: string) => `/lectures/village/${village}.ics`,
  policies: '/policies/',
  policy: (p: { village?: string; slug: string }) => `/policies/${scope(p.village)}/${p.slug}/`,
  policiesOfTopic: (topic: string) => `/policies/topic/${topic}/`,
  villages: '/villages/',
  village: (slug: string) => `/villages/${slug}/`,
  /** 找网格员: a village's grids, their workers and 说事码. */
  grids: (village: string) => `/villages/${village}/grids/`,
  /** 积分红黑榜: a village's board of a month (2026-11), or its current board with the past months. */
  points: (village: string, month?: string) => `/villages/${village}/points/${month ? `${month}/` : ''}`,
  rules: (r: { village: string; slug: string }) => `/villages/${r.village}/rules/${r.slug}/`,
  /** A village's default kiosk, or one screen's. */
  kiosk: (village: string, screen?: string) =>
    screen ? `/kiosk/${village}/${screen}/` : `/kiosk/${village}/`,
  /** The live build's id: kiosks poll it to know when to update. */
  kioskBuild: '/kiosk/build.json',
}

/** webcal:// makes phones offer to subscribe rather than download once. */
export const webcal = (path: string, site: URL | undefined) =>
  new URL(path, site).href.replace(/^https?:/, 'webcal:')
