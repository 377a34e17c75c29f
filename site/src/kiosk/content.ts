/** What a village screen's kiosk loop shows, assembled at build time from the snapshot. */
import { DEFAULT_HOURS, labelOf, roleModelCategories, type Screen } from '@xiangfeng/content-schema'

import {
  lectureSessions,
  policyExplainers,
  roleModels,
  screens as allScreens,
  villageNames,
  villageRules,
  villages,
} from '../lib/content'
import { chinaDay, chinaWeek, chineseDateTime, chineseTime } from '../lib/format'
import { variantsOf } from '../lib/images.mjs'
import { paths } from '../lib/paths'
import { qrSvg } from '../lib/qr'

/** The most a loop holds of each kind: an attract loop, not an archive. */
const MAX_ROLE_MODELS = 12
const MAX_POLICIES = 4

/** A village's default screen, for /kiosk/<village>/: every day 08:00–18:00, everything plays. */
export const defaultScreen = (village: string): Screen => ({
  id: '',
  slug: '',
  village,
  name: '',
  orientation: 'landscape',
  hours: DEFAULT_HOURS as Screen['hours'],
  dayparts: [],
  featuredRoleModels: [],
  featuredPolicies: [],
  slideSeconds: 12,
  idleSeconds: 90,
})

export async function kioskScreens() {
  const screens = await allScreens()
  return [...(await villages()).map((v) => defaultScreen(v.slug)), ...screens]
}

export async function kioskContent(screen: Screen, now: Date) {
  const local = <T extends { village?: string }>(items: T[]) =>
    items.filter((item) => !item.village || item.village === screen.village)
  const pick = <T extends { id: string }>(
    items: T[],
    ids: string[],
    fallback: (item: T) => boolean,
    max: number,
  ) =>
    (ids.length > 0
      ? ids.map((id) => items.find((i) => i.id === id)!).filter(Boolean)
      : items.filter(fallback)
    ).slice(0, max)

  const models = local(await roleModels()).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  const featuredModels = pick(models, screen.featuredRoleModels, (m) => m.featuredOnKiosk, MAX_ROLE_MODELS)
  const explainers = local(await policyExplainers())
  const policies = pick(
    explainers,
    screen.featuredPolicies,
    (e) => e.policy.validity === 'current',
    MAX_POLICIES,
  )

  // This week's and next week's sessions, Monday to the Sunday after next.
  const { monday } = chinaWeek(now)
  const nextSunday = new Date(Date.parse(`${monday}T00:00:00Z`) + 13 * 86_400_000).toISOString().slice(0, 10)
  const sessions = local(await lectureSessions()).filter((s) => {
    const day = chinaDay(s.startsAt)
    return day >= monday && day <= nextSunday
  })
  const rules = (await villageRules()).filter((r) => r.village === screen.village && r.status === 'in-force')
  return { roleModels: featuredModels, policies, sessions, rules }
}

/** The section buttons a visitor jumps with; short words that fit a TV's bottom row. */
export const kioskButtons = [
  { value: 'roleModels', label: '好榜样' },
  { value: 'lectures', label: '讲堂' },
  { value: 'policies', label: '政策' },
  { value: 'rules', label: '村规' },
]

/** What one slide shows; its markup is the Astro component of its kind (escaped by construction). */
export type KioskSlide = {
  section: string
  title: string
  qr: string
  qrLabel: string
  image?: { src: string; alt: string }
} & (
  | { kind: 'roleModel'; tag: string; summary: string; honours: string[] }
  | { kind: 'lectures'; sessions: { when: string; title: string; where: string }[] }
  | { kind: 'policy'; summary: string; points: string[] }
  | { kind: 'rules'; verse?: string[]; articles: string[] }
)

/** One WebP variant per picture: old TV boxes decode it fast, and the kiosk keeps it offline. */
function picture(image: { src: string; width: number }) {
  const webp = variantsOf(image).filter((v) => v.format === 'webp')
  return `/img/${(webp.find((v) => v.width >= 960) ?? webp[webp.length - 1]).file}`
}

const sessionStatus = { cancelled: ' · 已取消', postponed: ' · 延期', planned: '', held: '' }

/** Every slide of a screen's loop, each with a QR code of the portal page it continues on. */
export async function kioskSlides(
  screen: Screen,
  content: Awaited<ReturnType<typeof kioskContent>>,
  site: URL | undefined,
): Promise<KioskSlide[]> {
  const names = await villageNames()
  const villageName = names.get(screen.village) ?? ''
  const qr = (path: string) => qrSvg(new URL(path, site).href, 1)
  const slides: KioskSlide[] = []
  for (const m of content.roleModels) {
    slides.push({
      kind: 'roleModel',
      section: 'roleModels',
      title: m.name,
      tag: `${labelOf(roleModelCategories, m.category)}${m.village ? ` · ${names.get(m.village)}` : ''}`,
      summary: m.summary,
      honours: m.honours.slice(0, 2).map((h) => h.title),
      qr: await qr(paths.roleModel(m)),
      qrLabel: '扫码看他们的故事',
      image: m.portrait && { src: picture(m.portrait), alt: m.portrait.alt },
    })
  }
  if (content.sessions.length > 0) {
    slides.push({
      kind: 'lectures',
      section: 'lectures',
      title: '本周和下周的讲堂',
      sessions: content.sessions.slice(0, 5).map((s) => ({
        when: `${chineseDateTime(s.startsAt).replace(/^\d+年/, '')}–${chineseTime(s.endsAt)}`,
        title: s.title,
        where: `${s.venue} · 主讲 ${s.speaker.name}${sessionStatus[s.status]}`,
      })),
      qr: await qr(paths.village(screen.village)),
      qrLabel: '扫码看全部讲堂',
    })
  }
  for (const e of content.policies) {
    slides.push({
      kind: 'policy',
      section: 'policies',
      title: e.title,
      summary: e.summary,
      points: e.keyPoints.slice(0, 3),
      qr: await qr(paths.policy(e)),
      qrLabel: '扫码看政策解读全文',
      image: e.graphic && { src: picture(e.graphic), alt: e.graphic.alt },
    })
  }
  for (const r of content.rules) {
    slides.push({
      kind: 'rules',
      section: 'rules',
      title: r.title.startsWith(villageName) ? r.title : `${villageName}${r.title}`,
      verse: r.shortVersion?.split('\n'),
      articles: r.chapters
        .flatMap((c) => c.articles)
        .slice(0, 4)
        .map((a) => a.text),
      qr: await qr(paths.rules(r)),
      qrLabel: '扫码看村规民约全文',
    })
  }
  return slides
}
