/** What a village screen's kiosk loop shows, assembled at build time from the snapshot. */
import { DEFAULT_HOURS, labelOf, roleModelCategories, type Screen } from '@xiangfeng/content-schema'
import { getCollection } from 'astro:content'

import { lectureSessions, policyExplainers, roleModels, villageNames, villages } from './content'
import { chinaDay, chinaWeek, chineseDateTime, chineseTime } from './format'
import { variantsOf } from './images.mjs'
import { paths } from './paths'
import { qrSvg } from './qr'

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
  const screens = (await getCollection('screens')).map((s) => s.data)
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
  const rules = (await getCollection('villageRules'))
    .map((r) => r.data)
    .filter((r) => r.village === screen.village && r.status === 'in-force')
  return { roleModels: featuredModels, policies, sessions, rules }
}

/** The section buttons a visitor jumps with; short words that fit a TV's bottom row. */
export const kioskButtons = [
  { value: 'roleModels', label: '好榜样' },
  { value: 'lectures', label: '讲堂' },
  { value: 'policies', label: '政策' },
  { value: 'rules', label: '村规' },
]

export type KioskSlide = {
  section: string
  title: string
  html: string
  qr: string
  qrLabel: string
  image?: { src: string; alt: string }
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** One WebP variant per picture: old TV boxes decode it fast, and the kiosk keeps it offline. */
function picture(image: { src: string; width: number }) {
  const webp = variantsOf(image).filter((v) => v.format === 'webp')
  return `/img/${(webp.find((v) => v.width >= 960) ?? webp[webp.length - 1]).file}`
}

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
    const honours = m.honours.slice(0, 2).map((h) => escape(h.title))
    slides.push({
      section: 'roleModels',
      title: m.name,
      html:
        `<p class="tag">${labelOf(roleModelCategories, m.category)}${m.village ? ` · ${names.get(m.village)}` : ''}</p>` +
        `<p class="lead">${escape(m.summary)}</p>` +
        (honours.length ? `<p class="honours">${honours.join('；')}</p>` : ''),
      qr: await qr(paths.roleModel(m)),
      qrLabel: '扫码看他们的故事',
      image: m.portrait && { src: picture(m.portrait), alt: m.portrait.alt },
    })
  }
  if (content.sessions.length > 0) {
    const status = { cancelled: ' · 已取消', postponed: ' · 延期', planned: '', held: '' }
    slides.push({
      section: 'lectures',
      title: '本周和下周的讲堂',
      html: `<ul class="sessions">${content.sessions
        .slice(0, 5)
        .map(
          (s) =>
            `<li><strong>${chineseDateTime(s.startsAt).replace(/^\d+年/, '')}–${chineseTime(s.endsAt)}</strong><br>` +
            `${escape(s.title)}<br><span class="tag">${escape(s.venue)} · 主讲 ${escape(s.speaker.name)}${status[s.status]}</span></li>`,
        )
        .join('')}</ul>`,
      qr: await qr(paths.village(screen.village)),
      qrLabel: '扫码看全部讲堂',
    })
  }
  for (const e of content.policies) {
    const points = e.keyPoints.slice(0, 3).map((k) => `<li>${escape(k)}</li>`)
    slides.push({
      section: 'policies',
      title: e.title,
      html:
        `<p class="lead">${escape(e.summary)}</p>` +
        (points.length ? `<ul class="points">${points.join('')}</ul>` : ''),
      qr: await qr(paths.policy(e)),
      qrLabel: '扫码看政策解读全文',
      image: e.graphic && { src: picture(e.graphic), alt: e.graphic.alt },
    })
  }
  for (const r of content.rules) {
    const articles = r.chapters.flatMap((c) => c.articles).slice(0, 4)
    slides.push({
      section: 'rules',
      title: r.title.startsWith(villageName) ? r.title : `${villageName}${r.title}`,
      html: r.shortVersion
        ? `<p class="verse">${escape(r.shortVersion).replace(/\n/g, '<br>')}</p>`
        : `<ol class="points">${articles.map((a) => `<li>${escape(a.text)}</li>`).join('')}</ol>`,
      qr: await qr(paths.rules(r)),
      qrLabel: '扫码看村规民约全文',
    })
  }
  return slides
}
