/** 统计: the figures township staff report with, against the demo township's own data. */
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { roleModelCategories } from '@xiangfeng/content-schema'
import { DEMO_PASSWORD } from '@xiangfeng/cms/seed/data/places'
import { roleModels as seededModels } from '@xiangfeng/cms/seed/data/roleModels'
import { apiClient, startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
const tokens: Record<string, string> = {}
let f: any

beforeAll(async () => {
  cms = await startCms({ seeded: true })
  api = await apiClient(cms.config)
  for (const name of ['editor', 'reviewer', 'qingxi'])
    tokens[name] = await api.login(`${name}@yunxi.example`, DEMO_PASSWORD)
  const { status, body } = await api.get('/statistics', { token: tokens.reviewer })
  expect(status).toBe(200)
  f = body
}, 120_000)
afterAll(async () => cms?.close())

const published = async (collection: 'role-models' | 'lecture-sessions' | 'policy-explainers', where = {}) =>
  (
    await cms.payload.find({
      collection,
      where: { and: [{ _status: { equals: 'published' } }, where] } as never,
      limit: 0,
      pagination: false,
      depth: 1,
    })
  ).docs as any[]

describe('the figures match the demo township', () => {
  test('role models by category, as the seed names them, and in total', () => {
    const shown = seededModels.filter((m) => !m.draft)
    expect(f.roleModels.total).toBe(shown.length)
    expect(f.roleModels.byCategory).toEqual(
      roleModelCategories
        .map((c) => ({ label: c.label, count: shown.filter((m) => m.category === c.value).length }))
        .filter((c) => c.count > 0),
    )
  })

  test('role models by village and by batch', async () => {
    const models = await published('role-models')
    const byVillage = new Map<string, number>()
    for (const m of models)
      byVillage.set(m.village?.name ?? '镇级', (byVillage.get(m.village?.name ?? '镇级') ?? 0) + 1)
    expect(Object.fromEntries(f.roleModels.byVillage.map((c: any) => [c.label, c.count]))).toEqual(
      Object.fromEntries(byVillage),
    )
    // In the order the batches were announced, newest first, as the seed names them.
    const inBatch = (title: string) => seededModels.filter((m) => !m.draft && m.batch === title).length
    expect(f.roleModels.byBatch).toEqual(
      ['2026年第二批“身边好榜样”', '2026年度庆七一“身边好榜样”', '2025年度“身边好榜样”'].map((label) => ({
        label,
        count: inBatch(label),
      })),
    )
  })

  test('lectures held per series and month, with the attendance of their recaps', async () => {
    const held = await published('lecture-sessions', { status: { equals: 'held' } })
    expect(f.lectures.reduce((n: number, l: any) => n + l.held, 0)).toBe(held.length)
    expect(f.lectures.reduce((n: number, l: any) => n + l.attendance, 0)).toBe(
      held.reduce((n, s) => n + (s.recap?.attendance ?? 0), 0),
    )
    // Both series held one a month.
    expect(new Set(f.lectures.map((l: any) => l.series)).size).toBe(2)
    expect(f.lectures.every((l: any) => l.held === 1 && l.attendance > 0)).toBe(true)
  })

  test('policy explainers by validity', async () => {
    const explainers = await published('policy-explainers')
    expect(f.explainers.total).toBe(explainers.length)
    const count = (validity: string) => explainers.filter((e) => e.policy.validity === validity).length
    expect(f.explainers.byValidity).toEqual(
      [
        { label: '现行有效', count: count('current') },
        { label: '已失效', count: count('expired') },
        { label: '已被替代', count: count('superseded') },
      ].filter((c) => c.count > 0),
    )
  })

  test('each demo screen’s on-line share is its reports over the reports its hours call for', () => {
    const tv = f.screens.find((s: any) => s.name === '一楼大厅电视')
    // 30 days of 08:00–18:00 is 9000 two-minute reports; it sent 294 a day but on two days none.
    expect(tv).toMatchObject({ village: '清溪村', expected: 9000, reports: 28 * 294 })
    expect(tv.share).toBeCloseTo((28 * 294) / 9000, 6)
    const totem = f.screens.find((s: any) => s.name === '服务大厅立式屏')
    expect(totem.share).toBeCloseTo(0.9, 2)
  })
})

describe('heartbeats count toward the on-line share', () => {
  test('a report during the screen’s hours counts for its China day; one outside them does not', async () => {
    const village = (await cms.payload.find({ collection: 'villages', limit: 1 })).docs[0].id
    const always = await cms.payload.create({
      collection: 'screens',
      data: {
        name: '全天屏',
        village,
        hours: ['1', '2', '3', '4', '5', '6', '7'].map((weekday) => ({ weekday, on: '00:00', off: '24:00' })),
      } as never,
    })
    const never = await cms.payload.create({
      collection: 'screens',
      data: { name: '停用屏', village, hours: [] } as never,
    })
    for (const screen of [always, never]) {
      const { status } = await api.post(`/screens/${screen.id}/heartbeat`, { key: screen.key, buildId: 'x' })
      expect(status).toBe(200)
    }
    const days = await cms.payload.find({
      collection: 'screen-days',
      where: { screen: { in: [always.id, never.id] } },
      depth: 0,
      overrideAccess: true,
    })
    expect(days.docs.map((d) => [d.screen, d.reports])).toEqual([[always.id, 1]])
    // Nobody reads the report counts through the API.
    expect((await api.get('/screen-days', { token: tokens.editor })).status).toBe(403)
  })
})

describe('who sees the figures', () => {
  test('township staff do; a village officer is refused (403), nobody signed in too (401)', async () => {
    expect((await api.get('/statistics', { token: tokens.editor })).status).toBe(200)
    expect((await api.get('/statistics', { token: tokens.qingxi })).status).toBe(403)
    expect((await api.get('/statistics')).status).toBe(401)
    expect((await api.request('GET', '/statistics/report', { token: tokens.qingxi })).status).toBe(403)
  })

  test('the Excel report holds the same figures', async () => {
    const response = await api.request('GET', '/statistics/report', { token: tokens.editor })
    expect(response.status).toBe(200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await response.arrayBuffer())
    expect(wb.worksheets.map((w) => w.name)).toEqual(['身边好榜样', '讲堂', '政策解读', '大屏在线率'])
    const rows = (name: string) =>
      (wb.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1))
    for (const c of f.roleModels.byCategory) expect(rows('身边好榜样')).toContainEqual([c.label, c.count])
    expect(rows('身边好榜样')).toContainEqual(['合计', f.roleModels.total])
    const lectureTotal = rows('讲堂').find((r) => r[0] === '合计')!
    expect(lectureTotal.slice(2)).toEqual([
      f.lectures.reduce((n: number, l: any) => n + l.held, 0),
      f.lectures.reduce((n: number, l: any) => n + l.attendance, 0),
    ])
    expect(rows('大屏在线率')).toContainEqual([
      '一楼大厅电视',
      '清溪村',
      9000,
      28 * 294,
      `${(((28 * 294) / 9000) * 100).toFixed(1)}%`,
    ])
  })
})

describe('an explainer whose document has a last valid day', () => {
  const HOUSING = '农村低收入群体等重点对象住房安全保障'
  test('is listed as expiring within 30 days of it, and counted expired after it', async () => {
    const { figures } = await import('@xiangfeng/cms/statistics/figures')
    const before = await figures(cms.payload, new Date('2026-12-01T02:00:00Z'))
    expect(before.explainers.expiring.map((e) => e.expiresOn)).toEqual(['2026-12-15'])
    expect(before.explainers.expiring[0].title).toBe('农村危房改造补助政策解读（2026年版）')
    const after = await figures(cms.payload, new Date('2026-12-16T02:00:00Z'))
    expect(after.explainers.expiring).toEqual([])
    const count = (f: typeof before, label: string) =>
      f.explainers.byValidity.find((c) => c.label === label)?.count ?? 0
    expect(count(after, '已失效')).toBe(count(before, '已失效') + 1)
    expect(count(after, '现行有效')).toBe(count(before, '现行有效') - 1)
  })

  test('is exported as current through its last day (China time) and as expired from the day after', async () => {
    const { exportSnapshot } = await import('@xiangfeng/cms/publish/export')
    const validity = async (at: string) =>
      (await exportSnapshot(cms.payload, new Date(at))).policyExplainers.find((e) =>
        e.policy.title.includes(HOUSING),
      )!.policy
    // 23:00 on 15 December in China is still its last valid day; 00:30 on the 16th is not.
    expect(await validity('2026-12-15T15:00:00Z')).toMatchObject({
      expiresOn: '2026-12-15',
      validity: 'current',
    })
    expect(await validity('2026-12-15T16:30:00Z')).toMatchObject({
      expiresOn: '2026-12-15',
      validity: 'expired',
    })
  })
})
