/**
 * Kiosk slides from public records, one builder per kind. Pure: the build feeds them from the
 * snapshot (content.ts), the admin's preview from a draft's public shape.
 */
import {
  labelOf,
  type Grid,
  gridRoles,
  type LectureSession,
  type Notice,
  noticeKinds,
  conductCategories,
  type PointsBoard,
  type PolicyExplainer,
  type PublicImage,
  type RoleModel,
  roleModelCategories,
  type SelectionBatch,
  type VillageRules,
} from '@xiangfeng/content-schema'

import { chineseDate, chineseDateTime, chineseMonth, chineseTime } from '../lib/format'
import { householdOf, noticeState } from '../lib/records'

/** What one slide shows; its markup is KioskSlideView (escaped by construction). */
export type KioskSlide = {
  section: string
  title: string
  /** The QR code's SVG, drawn by the qrcode package from the portal address it continues on. */
  qr: string
  qrLabel: string
  image?: { src: string; alt: string }
} & (
  | { kind: 'roleModel'; tag: string; summary: string; honours: string[] }
  | { kind: 'lectures'; sessions: { when: string; title: string; where: string }[] }
  | { kind: 'policy'; summary: string; points: string[] }
  | { kind: 'rules'; verse?: string[]; articles: string[] }
  | { kind: 'batch'; lead: string; counts: string[]; notice?: string }
  | { kind: 'grids'; grids: { name: string; area: string; people: string[] }[] }
  | { kind: 'points'; red: string[]; black: string[] }
  | {
      kind: 'notice'
      tag: string
      paragraphs: string[]
      /** When the screen itself starts and stops showing it, without a new build. */
      validFrom: string
      validUntil?: string
      urgent: boolean
    }
)

/** Where a slide's picture comes from: a WebP variant on the kiosk, the original in the preview. */
export type SlidePicture = (image: PublicImage) => string

export const roleModelSlide = (
  m: RoleModel,
  villageName: string | undefined,
  qr: string,
  picture: SlidePicture,
): KioskSlide => ({
  kind: 'roleModel',
  section: 'roleModels',
  title: m.name,
  tag: `${labelOf(roleModelCategories, m.category)}${villageName ? ` · ${villageName}` : ''}`,
  summary: m.summary,
  honours: m.honours.slice(0, 2).map((h) => h.title),
  qr,
  qrLabel: '扫码看他们的故事',
  image: m.portrait && { src: picture(m.portrait), alt: m.portrait.alt },
})

const sessionStatus = { cancelled: ' · 已取消', postponed: ' · 延期', planned: '', held: '' }

export const lecturesSlide = (sessions: LectureSession[], qr: string): KioskSlide => ({
  kind: 'lectures',
  section: 'lectures',
  title: '本周和下周的讲堂',
  sessions: sessions.slice(0, 5).map((s) => ({
    when: `${chineseDateTime(s.startsAt).replace(/^\d+年/, '')}–${chineseTime(s.endsAt)}`,
    title: s.title,
    where: `${s.venue} · 主讲 ${s.speaker.name}${sessionStatus[s.status]}`,
  })),
  qr,
  qrLabel: '扫码看全部讲堂',
})

export const policySlide = (e: PolicyExplainer, qr: string, picture: SlidePicture): KioskSlide => ({
  kind: 'policy',
  section: 'policies',
  title: e.title,
  summary: e.summary,
  points: e.keyPoints.slice(0, 3),
  qr,
  qrLabel: '扫码看政策解读全文',
  image: e.graphic && { src: picture(e.graphic), alt: e.graphic.alt },
})

export const rulesSlide = (r: VillageRules, villageName: string, qr: string): KioskSlide => ({
  kind: 'rules',
  section: 'rules',
  title: r.title.startsWith(villageName) ? r.title : `${villageName}${r.title}`,
  verse: r.shortVersion?.split('\n'),
  articles: r.chapters
    .flatMap((c) => c.articles)
    .slice(0, 4)
    .map((a) => a.text),
  qr,
  qrLabel: '扫码看村规民约全文',
})

/** A selection batch: how many in each category, and while its notice runs, until when to object. */
export const batchSlide = (
  b: SelectionBatch,
  members: { category: string }[],
  today: string,
  qr: string,
): KioskSlide => {
  const state = noticeState(b, today)
  const open = state === 'open' || state === 'upcoming'
  return {
    kind: 'batch',
    section: 'roleModels',
    title: open ? `${b.title}公示` : `${b.title}名单`,
    lead: `本批共${members.length}名（户、组）`,
    counts: roleModelCategories
      .map((c) => ({ label: c.label, count: members.filter((m) => m.category === c.value).length }))
      .filter((c) => c.count > 0)
      .map((c) => `${c.label} ${c.count}名`),
    notice:
      open && b.notice
        ? `公示期至${chineseDate(b.notice.endsOn)}，如有异议请向${b.notice.objectionsTo}反映`
        : undefined,
    qr,
    qrLabel: '扫码看完整名单',
  }
}

/** The most of a notice's text a slide shows; the rest is a scan away. */
const NOTICE_CHARACTERS = 150

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' }

/**
 * The text of sanitised HTML as paragraphs, for a slide that shows words and no markup (React
 * escapes them again). Block ends and line breaks separate paragraphs.
 */
export function paragraphsOf(html: string, max = NOTICE_CHARACTERS): string[] {
  const text = html
    .replace(/<br\s*\/?>|<\/(p|li|h[1-6]|tr|blockquote)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => entities[name])
  const paragraphs: string[] = []
  let left = max
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line) continue
    if (left <= 0) break
    paragraphs.push(line.length > left ? `${line.slice(0, left)}……` : line)
    left -= line.length
  }
  return paragraphs
}

/** A notice: an urgent one takes the screen alone while it is in force (the kiosk decides, runtime/loop.ts). */
export const noticeSlide = (n: Notice, villageName: string | undefined, qr: string): KioskSlide => ({
  kind: 'notice',
  section: 'notices',
  title: n.title,
  tag: `${n.urgent ? '紧急通知' : labelOf(noticeKinds, n.kind)} · ${villageName ?? n.issuedBy}${
    n.validUntil ? ` · 有效期至${chineseDateTime(n.validUntil).replace(/^\d+年/, '')}` : ''
  }`,
  paragraphs: paragraphsOf(n.body),
  validFrom: n.validFrom,
  validUntil: n.validUntil,
  urgent: n.urgent,
  qr,
  qrLabel: '扫码看通知全文',
})

/** The most grids a slide lists: a village has a handful; the rest are a scan away. */
const MAX_GRIDS = 4

/** 找网格员: each grid, what it covers, and who to call (the phones their holders agreed to publish). */
export const gridsSlide = (grids: Grid[], qr: string): KioskSlide => ({
  kind: 'grids',
  section: 'grids',
  title: '找网格员',
  grids: grids.slice(0, MAX_GRIDS).map((g) => ({
    name: g.name,
    area: g.area,
    people: g.workers.map(
      (w) => `${w.name}（${labelOf(gridRoles, w.role)}）${w.workPhone ? ` ${w.workPhone}` : ''}`,
    ),
  })),
  qr,
  qrLabel: '扫码看网格员和说事码',
})

/** A village's current 积分红黑榜: the top of the red list, and the black list as counts only. */
export const pointsSlide = (b: PointsBoard, villageName: string, qr: string): KioskSlide => ({
  kind: 'points',
  section: 'rules',
  title: `${villageName}${chineseMonth(b.month)}积分红黑榜`,
  red: [...b.redList]
    .sort((x, y) => y.points - x.points)
    .slice(0, 5)
    .map((r) => `${householdOf(r)} ${r.points}分 ${r.deeds}`),
  black: b.blackList.map((x) => `${labelOf(conductCategories, x.category)} ${x.households}户`),
  qr,
  qrLabel: '扫码看完整红黑榜',
})
