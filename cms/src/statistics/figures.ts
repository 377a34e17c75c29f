/**
 * The figures township staff report their publicity work with ("用数据说话"): role models by
 * category, village and batch; lectures held per series and month with attendance; policy
 * explainers by validity; and each screen's on-line share over the last 30 days. All of them count
 * what is public (published), except the screens, which count their reports.
 */
import {
  chinaDay,
  chinaWallClock,
  labelOf,
  policyValidity,
  roleModelCategories,
  validityOn,
  type WeeklyHours,
} from '@xiangfeng/content-schema'
import type { Payload } from 'payload'

import { findEvery } from '../find'
import { idOf } from '../ids'

export type Count = { label: string; count: number }
export type Figures = {
  /** The moment the figures are for. */
  asOf: string
  roleModels: { total: number; byCategory: Count[]; byVillage: Count[]; byBatch: Count[] }
  lectures: { series: string; month: string; held: number; attendance: number }[]
  /** By validity as of today; `expiring`: current ones whose last valid day is within 30 days. */
  explainers: {
    total: number
    byValidity: Count[]
    thisYear: number
    expiring: { title: string; expiresOn: string }[]
  }
  screens: { name: string; village: string; reports: number; expected: number; share: number | null }[]
}

/** The days the on-line share looks back over: the last 30 whole China days before today. */
export const SCREEN_DAYS = 30
/** How far ahead 统计 looks for explainers about to expire. */
export const EXPIRING_DAYS = 30
const REPORT_MINUTES = 2

const all = <T>(payload: Payload, collection: string, where?: object) =>
  findEvery<T>(payload, collection as 'role-models', { where: where as never })

const tally = (labels: string[], order: string[] = []) => {
  const counts = new Map<string, number>(order.map((l) => [l, 0]))
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1)
  return [...counts].filter(([, n]) => n > 0).map(([label, count]) => ({ label, count }))
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

export async function figures(payload: Payload, now = new Date()): Promise<Figures> {
  const published = { _status: { equals: 'published' } }
  type Doc = Record<string, unknown> & { id: string | number }
  const [villages, batches, models, series, sessions, explainers, screens] = await Promise.all([
    all<Doc>(payload, 'villages'),
    all<Doc>(payload, 'selection-batches', published),
    all<Doc>(payload, 'role-models', published),
    all<Doc>(payload, 'lecture-series'),
    all<Doc>(payload, 'lecture-sessions', { and: [published, { status: { equals: 'held' } }] }),
    all<Doc>(payload, 'policy-explainers', published),
    all<Doc>(payload, 'screens'),
  ])
  const nameOf = (docs: Doc[], value: unknown, field = 'name') =>
    docs.find((d) => String(d.id) === String(idOf(value)))?.[field] as string | undefined

  const villageNames = villages.map((v) => v.name as string)
  const roleModels = {
    total: models.length,
    byCategory: tally(
      models.map((m) => labelOf(roleModelCategories, m.category as string)),
      roleModelCategories.map((c) => c.label),
    ),
    byVillage: tally(
      models.map((m) => (m.village ? (nameOf(villages, m.village) ?? '') : '镇级')),
      ['镇级', ...villageNames],
    ),
    byBatch: tally(
      models.map((m) => (m.batch ? (nameOf(batches, m.batch, 'title') ?? '批次未公开') : '未分批次')),
      // Newest announcement first, as the batches list them.
      [...batches]
        .sort((a, b) => String(b.announcedOn).localeCompare(String(a.announcedOn)))
        .map((b) => b.title as string),
    ),
  }

  const lectureRows = new Map<string, Figures['lectures'][number]>()
  for (const s of sessions) {
    const seriesName = nameOf(series, s.series) ?? ''
    const month = chinaDay(s.startsAt as string).slice(0, 7)
    const key = `${seriesName}|${month}`
    const row = lectureRows.get(key) ?? { series: seriesName, month, held: 0, attendance: 0 }
    row.held += 1
    row.attendance += Number((s.recap as { attendance?: number } | undefined)?.attendance ?? 0)
    lectureRows.set(key, row)
  }
  const lectures = [...lectureRows.values()].sort(
    (a, b) => a.series.localeCompare(b.series, 'zh') || a.month.localeCompare(b.month),
  )

  const today = chinaDay(now)
  const year = today.slice(0, 4)
  const soon = chinaDay(new Date(now.getTime() + EXPIRING_DAYS * 86_400_000))
  const documents = explainers.map((e) => {
    const policy = e.policy as { validity: string; expiresOn?: string | null }
    const expiresOn = policy.expiresOn ? chinaDay(policy.expiresOn) : undefined
    return { title: e.title as string, expiresOn, validity: validityOn({ ...policy, expiresOn }, today) }
  })
  const explainerFigures = {
    total: explainers.length,
    byValidity: tally(
      documents.map((d) => labelOf(policyValidity, d.validity)),
      policyValidity.map((v) => v.label),
    ),
    expiring: documents
      .filter((d) => d.validity === 'current' && d.expiresOn && d.expiresOn <= soon)
      .map((d) => ({ title: d.title, expiresOn: d.expiresOn! }))
      .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn)),
    thisYear: explainers.filter((e) => chinaDay((e.publishedAt ?? e.updatedAt) as string).startsWith(year))
      .length,
  }

  // The last 30 whole days, oldest first, each with its weekday (1 = Monday … 7 = Sunday).
  const midnight = Date.parse(`${today}T00:00:00Z`)
  const days = Array.from({ length: SCREEN_DAYS }, (_, i) => {
    const date = new Date(midnight - (SCREEN_DAYS - i) * 86_400_000)
    return { day: date.toISOString().slice(0, 10), weekday: String(date.getUTCDay() || 7) }
  })
  const reports = await all<Doc>(payload, 'screen-days', { day: { greater_than_equal: days[0].day } })
  // A screen counts from the day it first reported (its installation), or the whole window.
  const firstReports = await Promise.all(
    screens.map(async (screen) => {
      const { docs } = await payload.find({
        collection: 'screen-days',
        where: { screen: { equals: screen.id } },
        sort: 'day',
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      return docs[0]?.day
    }),
  )
  const screenFigures = screens.map((screen, i) => {
    const since = firstReports[i]
    if (!since) {
      return {
        name: screen.name as string,
        village: nameOf(villages, screen.village) ?? '',
        reports: 0,
        expected: 0,
        share: null,
      }
    }
    const hours = (screen.hours ?? []) as WeeklyHours
    const expected = days
      .filter((d) => d.day >= since)
      .reduce(
        (sum, d) =>
          sum +
          hours
            .filter((h) => h.weekday === d.weekday)
            .reduce((m, h) => m + Math.max(0, minutes(h.off) - minutes(h.on)), 0) /
            REPORT_MINUTES,
        0,
      )
    const received = reports
      .filter((r) => String(idOf(r.screen)) === String(screen.id) && String(r.day) < chinaDay(now))
      .reduce((sum, r) => sum + Number(r.reports), 0)
    return {
      name: screen.name as string,
      village: nameOf(villages, screen.village) ?? '',
      reports: received,
      expected: Math.round(expected),
      share: expected > 0 ? Math.min(1, received / expected) : null,
    }
  })

  return {
    asOf: now.toISOString(),
    roleModels,
    lectures,
    explainers: explainerFigures,
    screens: screenFigures,
  }
}

/** 2026-11 → 2026年11月 */
export const monthLabel = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`
export { chinaWallClock }
