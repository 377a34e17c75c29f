/** What a village screen's kiosk loop shows, assembled at build time from the snapshot. */
import { DEFAULT_HOURS, type Notice, type Screen } from '@xiangfeng/content-schema'

import {
  everyNotice,
  gridsOf,
  pointsBoardsOf,
  lectureSessions,
  policyExplainers,
  roleModels,
  screens as allScreens,
  selectionBatches,
  villageNames,
  villageRules,
  villages,
} from '../lib/content'
import { chinaDay, chinaWeek } from '../lib/format'
import { variantsOf } from '../lib/images.mjs'
import { paths } from '../lib/paths'
import { qrSvg } from '../lib/qr'
import {
  batchSlide,
  gridsSlide,
  type KioskSlide,
  pointsSlide,
  lecturesSlide,
  noticeSlide,
  policySlide,
  roleModelSlide,
  rulesSlide,
} from './slides'

export type { KioskSlide }

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

  const everyModel = await roleModels()
  const batches = local(await selectionBatches())
    .filter((b) => b.featuredOnKiosk)
    .map((batch) => ({ batch, members: everyModel.filter((m) => m.batch === batch.id) }))
  const models = local(everyModel).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
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
  // Every notice not yet ended, also those that start later: the screen starts and ends them by itself.
  const notices = local(await everyNotice())
    .filter((n) => !n.validUntil || Date.parse(n.validUntil) > now.getTime())
    .sort((a, b) => Date.parse(b.validFrom) - Date.parse(a.validFrom))
  return {
    notices,
    grids: await gridsOf(screen.village),
    board: (await pointsBoardsOf(screen.village))[0],
    batches,
    roleModels: featuredModels,
    policies,
    sessions,
    rules,
    now,
    today: chinaDay(now),
  }
}

/** The section buttons a visitor jumps with; short words that fit a TV's bottom row. */
export const kioskButtons = [
  { value: 'notices', label: '通知' },
  { value: 'grids', label: '网格员' },
  { value: 'roleModels', label: '好榜样' },
  { value: 'lectures', label: '讲堂' },
  { value: 'policies', label: '政策' },
  { value: 'rules', label: '村规' },
]

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
  // Those in force first, urgent first among them: the first slide is the one showing before the
  // loop starts. Notices that start later wait at the end.
  const started = (n: { validFrom: string }) => Date.parse(n.validFrom) <= content.now.getTime()
  const notices = [
    ...content.notices.filter((n) => started(n) && n.urgent),
    ...content.notices.filter((n) => started(n) && !n.urgent),
  ]
  const noticeSlideOf = async (n: Notice) =>
    noticeSlide(n, n.village && names.get(n.village), await qr(paths.notice(n)))
  for (const n of notices) slides.push(await noticeSlideOf(n))
  for (const { batch, members } of content.batches) {
    slides.push(batchSlide(batch, members, content.today, await qr(paths.batch(batch))))
  }
  for (const m of content.roleModels) {
    slides.push(roleModelSlide(m, m.village && names.get(m.village), await qr(paths.roleModel(m)), picture))
  }
  if (content.sessions.length > 0) {
    slides.push(lecturesSlide(content.sessions, await qr(paths.village(screen.village))))
  }
  for (const e of content.policies) slides.push(policySlide(e, await qr(paths.policy(e)), picture))
  for (const r of content.rules) slides.push(rulesSlide(r, villageName, await qr(paths.rules(r))))
  if (content.board) {
    slides.push(pointsSlide(content.board, villageName, await qr(paths.points(screen.village))))
  }
  if (content.grids.length > 0) slides.push(gridsSlide(content.grids, await qr(paths.grids(screen.village))))
  for (const n of content.notices.filter((n) => !started(n))) slides.push(await noticeSlideOf(n))
  return slides
}
