import { roleModelCategories } from '@xiangfeng/content-schema'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { seed } from '@xiangfeng/cms/seed'
import { reviewedCollections } from '@xiangfeng/content-schema'
import { startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let firstRun: Awaited<ReturnType<typeof seed>>
const now = new Date('2026-11-23T02:00:00Z')

const all = async (collection: Parameters<TestCms['payload']['find']>[0]['collection'], extra = {}) =>
  (await cms.payload.find({ collection, limit: 0, pagination: false, depth: 0, draft: true, ...extra }))
    .docs as any[]

beforeAll(async () => {
  cms = await startCms()
  firstRun = await seed(cms.payload, { now })
})
afterAll(async () => cms?.close())

describe('the demo township', () => {
  test('one township with at least three villages', async () => {
    expect(await all('townships')).toHaveLength(1)
    expect((await all('villages')).length).toBeGreaterThanOrEqual(3)
  })

  test('every role-model category has a published profile with a portrait', async () => {
    const models = await all('role-models', { where: { _status: { equals: 'published' } } })
    for (const { value, label } of roleModelCategories) {
      const inCategory = models.filter((m) => m.category === value)
      expect(inCategory.length, label).toBeGreaterThan(0)
      expect(
        inCategory.every((m) => m.portrait && m.summary && m.publishedAt),
        label,
      ).toBe(true)
    }
    expect(models.some((m) => m.subjectType === 'household')).toBe(true)
    expect(models.some((m) => m.featuredOnHome) && models.some((m) => m.featuredOnKiosk)).toBe(true)
  })

  test('private fields hold obviously fake values', async () => {
    const models = await all('role-models')
    for (const model of models) {
      expect(model.contact.phone).toMatch(/^138-0000-\d{4}$/)
      expect(model.contact.idNumber).toMatch(/^999999/)
      expect(model.contact.address).toContain('虚构')
    }
  })

  test('a year of monthly lectures in both series: past ones held with recaps, later ones planned', async () => {
    const series = await all('lecture-series')
    expect(series.map((s) => s.kind).sort()).toEqual(['law', 'morality'])
    const sessions = await all('lecture-sessions')
    for (const s of series) {
      const own = sessions.filter((x) => x.series === s.id)
      const months = new Set(own.map((x) => x.startsAt.slice(0, 7)))
      expect(months.size, s.name).toBeGreaterThanOrEqual(12)
      const past = own.filter((x) => new Date(x.endsAt) < now)
      const upcoming = own.filter((x) => new Date(x.startsAt) > now)
      expect(past.length).toBeGreaterThanOrEqual(11)
      expect(
        past.every((x) => x.status === 'held' && x.recap?.attendance > 0 && x.recap?.photos?.length),
      ).toBe(true)
      expect(upcoming.length).toBeGreaterThanOrEqual(2)
      expect(upcoming.every((x) => x.status === 'planned' && !x.recap?.attendance)).toBe(true)
    }
    // Something is on in the coming week.
    const weekAhead = sessions.filter(
      (x) => new Date(x.startsAt) > now && new Date(x.startsAt) < new Date(now.getTime() + 7 * 86400_000),
    )
    expect(weekAhead.length).toBeGreaterThan(0)
    // A morality lecture features a role model (学模范).
    expect(sessions.some((x) => x.roleModels?.length > 0)).toBe(true)
  })

  test('a dozen policy explainers, one superseded and one expired', async () => {
    const explainers = await all('policy-explainers')
    expect(explainers.length).toBeGreaterThanOrEqual(12)
    expect(explainers.some((e) => e.policy.validity === 'superseded' && e.supersededBy)).toBe(true)
    expect(explainers.some((e) => e.policy.validity === 'expired')).toBe(true)
    expect(explainers.every((e) => e.qa.length > 0 && e.keyPoints.length > 0)).toBe(true)
  })

  test('rules for every village with numbered articles and an adoption history; one revision', async () => {
    const villages = await all('villages')
    const rules = await all('village-rules')
    for (const village of villages) {
      const own = rules.filter((r) => r.village === village.id)
      const current = own.find((r) => r.status === 'in-force')
      expect(current, village.name).toBeTruthy()
      expect(current.adoptionSteps.some((s: { kind: string }) => s.kind === 'vote')).toBe(true)
      const numbers = current.chapters.flatMap((c: any) => c.articles.map((a: any) => a.number))
      expect(numbers).toEqual(numbers.map((_: number, i: number) => i + 1))
    }
    const revision = rules.find((r) => r.supersedes)
    expect(rules.find((r) => r.id === revision.supersedes).status).toBe('repealed')
  })

  test('one demo login per role, and a draft waiting for review', async () => {
    const users = await all('users')
    expect(new Set(users.flatMap((u) => u.roles))).toEqual(
      new Set(['admin', 'township-editor', 'township-reviewer', 'leader', 'village-officer']),
    )
    const drafts = await all('role-models', { where: { _status: { equals: 'draft' } } })
    expect(drafts).toHaveLength(1)
  })

  test('pictures are generated locally and stored with alt text', async () => {
    const media = await all('media')
    expect(media.length).toBeGreaterThan(20)
    expect(media.every((m) => m.alt && m.mimeType === 'image/jpeg' && m.width > 0)).toBe(true)
  })

  test('site settings carry the filing numbers', async () => {
    const settings = await cms.payload.findGlobal({ slug: 'site-settings' })
    expect(settings.icpNumber).toMatch(/ICP备/)
    expect(settings.publicSecurityNumber).toMatch(/公网安备/)
  })
})

describe('running the seed again', () => {
  test('creates nothing and changes nothing', async () => {
    expect(Object.values(firstRun.created).reduce((a, b) => a + b, 0)).toBeGreaterThan(100)
    const collections = ['townships', 'villages', 'users', 'media', ...reviewedCollections] as const
    const snapshot = async () =>
      Object.fromEntries(
        await Promise.all(
          collections.map(async (c) => [c, (await all(c)).map((d) => `${d.id}@${d.updatedAt}`).sort()]),
        ),
      )
    const before = await snapshot()
    const second = await seed(cms.payload, { now: new Date(now.getTime() + 86400_000) })
    expect(second.created).toEqual({})
    expect(await snapshot()).toEqual(before)
  })
})
