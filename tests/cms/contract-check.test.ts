/**
 * One bad document never blocks every publish: what the public contract would refuse is refused
 * at 提交审核 and at 终审, by field and in Chinese; a published document that no longer fits (the
 * contract changed after it was approved) is left out of the export and named in the build record,
 * and the rest goes live.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { exportPublic } from '@xiangfeng/cms/publish/export'
import { buildSite } from '@xiangfeng/cms/publish/pipeline'
import { fieldLabel } from '@xiangfeng/cms/fields/labels'
import {
  type ReviewedCollection,
  reviewedCollections as reviewedCollectionNames,
} from '@xiangfeng/content-schema'
import type { Field } from 'payload'
import { docInState, makeVillage, validDoc } from '../helpers/fixtures'
import { apiClient, makeUser, startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
let editorToken: string
let leaderToken: string
let others: { author: string | number; reviewer: string | number }
let village: string | number
let seriesId: string | number
let n = 0

beforeAll(async () => {
  cms = await startCms()
  api = await apiClient(cms.config)
  village = await makeVillage(cms.payload)
  await makeUser(cms.payload, 'editor@cc.example', ['township-editor'])
  await makeUser(cms.payload, 'leader@cc.example', ['leader'])
  others = {
    author: (await makeUser(cms.payload, 'author@cc.example', ['township-editor'])).id,
    reviewer: (await makeUser(cms.payload, 'reviewer@cc.example', ['township-reviewer'])).id,
  }
  editorToken = await api.login('editor@cc.example', 'test-password-1')
  leaderToken = await api.login('leader@cc.example', 'test-password-1')
  await cms.payload.updateGlobal({ slug: 'site-settings', data: { siteName: '乡风' } })
  seriesId = (
    await cms.payload.create({
      collection: 'lecture-series',
      data: { ...validDoc('lecture-series', village, 0, 0), _status: 'published' } as never,
      context: { seeding: true },
    })
  ).id
})
afterAll(async () => cms?.close())

const draft = async (collection: ReviewedCollection, extra: Record<string, unknown>) =>
  (
    await cms.payload.create({
      collection,
      data: { ...validDoc(collection, village, seriesId, ++n), ...extra } as never,
      draft: true,
      depth: 0,
    })
  ).id

/**
 * Paths of the fields the CMS marks required (outside arrays, whose rows are checked on save), as
 * Payload would refuse them at 终审: each must be caught at 提交审核 already.
 */
function requiredPaths(fields: Field[], prefix: string[] = []): string[][] {
  return fields.flatMap((field): string[][] => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => requiredPaths(tab.fields, prefix))
    if (field.type === 'row' || field.type === 'collapsible') return requiredPaths(field.fields, prefix)
    if (field.type === 'group' && 'name' in field) return requiredPaths(field.fields, [...prefix, field.name])
    if (
      'name' in field &&
      'required' in field &&
      field.required &&
      !('defaultValue' in field && field.defaultValue !== undefined)
    )
      return [[...prefix, field.name]]
    return []
  })
}

/** `data` without the value at `path`, or `data` itself when there is none. */
function withoutPath(data: Record<string, unknown>, path: string[]): Record<string, unknown> {
  const [head, ...rest] = path as [string, ...string[]]
  if (!(head in data)) return data
  if (!rest.length) {
    const { [head]: _, ...others } = data
    return others
  }
  const inner = withoutPath(data[head] as Record<string, unknown>, rest)
  return inner === data[head] ? data : { ...data, [head]: inner }
}

/** Values the CMS stores but the public contract refuses, each named by the field an editor sees. */
const refused: [string, ReviewedCollection, Record<string, unknown>, RegExp][] = [
  [
    'attendance 1.5',
    'lecture-sessions',
    { recap: { attendance: 1.5 } },
    /“活动回顾（举办后填写）·参加人数”必须是整数/,
  ],
  [
    'a vote without meeting type or date',
    'village-rules',
    { vote: { present: 80, eligible: 100, for: 70, against: 5, abstain: 5 } },
    /表决情况（只公开人数，不公开名单）·会议类型”必须填写[\s\S]*·表决日期”必须填写/,
  ],
  [
    'a vote count of 2.5',
    'village-rules',
    {
      vote: {
        meetingType: 'assembly',
        date: '2026-03-01',
        eligible: 100,
        present: 80,
        for: 2.5,
        against: 0,
        abstain: 0,
      },
    },
    /·赞成”必须是整数/,
  ],
]

describe('提交审核 and 终审 check the public contract', () => {
  test.each(refused)(
    'submit refuses %s with a 400 naming the field in Chinese',
    async (_, collection, extra, message) => {
      const id = await draft(collection, extra)
      const { status, body } = await api.post(
        `/${collection}/${id}/review`,
        { action: 'submit' },
        { token: editorToken },
      )
      expect(status).toBe(400)
      const text = JSON.stringify(body)
      expect(text).toMatch(message)
      expect(text).toContain('请修改后再提交审核')
      const doc = await cms.payload.findByID({ collection, id, draft: true, depth: 0 })
      expect(doc.reviewState).toBe('draft')
    },
  )

  test('an original-document address the field allows but the contract refuses (http://:::) is refused', async () => {
    const id = await draft('policy-explainers', {
      policy: {
        ...(validDoc('policy-explainers', village, 0, n).policy as object),
        originalUrl: 'http://:::',
      },
    })
    const { status, body } = await api.post(
      `/policy-explainers/${id}/review`,
      { action: 'submit' },
      { token: editorToken },
    )
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/“政策文件·原文链接”不是有效的网址/)
  })

  test('终审 refuses a document that does not fit, and it stays waiting for 终审', async () => {
    const doc = await docInState(
      cms.payload,
      'lecture-sessions',
      { ...validDoc('lecture-sessions', village, seriesId, ++n), recap: { attendance: 2.5 } },
      'reviewed',
      others,
    )
    const { status, body } = await api.post(
      `/lecture-sessions/${doc.id}/review`,
      { action: 'approve' },
      { token: leaderToken },
    )
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/参加人数”必须是整数。请修改后再终审/)
    const after = await cms.payload.findByID({
      collection: 'lecture-sessions',
      id: doc.id,
      draft: true,
      depth: 0,
    })
    expect([after.reviewState, after._status]).toEqual(['reviewed', 'draft'])
  })

  test.each(reviewedCollectionNames)(
    'every field the CMS marks required in %s is refused empty at 提交审核, by its Chinese label',
    async (collection) => {
      const fields = cms.payload.collections[collection].config.fields
      const required = requiredPaths(fields)
      expect(required.length).toBeGreaterThan(0)
      for (const path of required) {
        const data = validDoc(collection, village, seriesId, ++n)
        const stripped = withoutPath(data, path)
        if (stripped === data) continue // not in the fixture: filled by a hook or a default
        const id = (await cms.payload.create({ collection, data: stripped as never, draft: true, depth: 0 }))
          .id
        const { status, body } = await api.post(
          `/${collection}/${id}/review`,
          { action: 'submit' },
          { token: editorToken },
        )
        expect(status, path.join('.')).toBe(400)
        expect(JSON.stringify(body), path.join('.')).toContain(`“${fieldLabel(fields, path)}”`)
      }
    },
  )

  test('personal data in public text: listed after saving, refused at 提交审核 and again at 终审, by field', async () => {
    // The probe an inspection would veto, in a role model's 事迹简介.
    const probe = '联系电话13912345678，身份证610102197001011234'
    const message = '“事迹简介”里有像身份证号、手机号的内容（6101…1234），请删去'
    const id = await draft('role-models', { summary: probe })
    const status = await api.get(`/role-models/${id}/review`, { token: editorToken })
    expect(status.body.problems).toEqual([
      expect.objectContaining({ path: 'summary', message: expect.stringContaining(message) }),
    ])
    const submit = await api.post(`/role-models/${id}/review`, { action: 'submit' }, { token: editorToken })
    expect(submit.status).toBe(400)
    expect(JSON.stringify(submit.body)).toContain(
      `${message}：身份证号、手机号、银行卡号和家庭住址不能公开。请修改后再提交审核。`,
    )

    // Written in after 复审 (a direct write, as an old document or a script might be): 终审 refuses it.
    const reviewed = await docInState(
      cms.payload,
      'role-models',
      { ...validDoc('role-models', village, seriesId, ++n), summary: `热心助人，卡号6222021234567890128。` },
      'reviewed',
      others,
    )
    const approve = await api.post(
      `/role-models/${reviewed.id}/review`,
      { action: 'approve' },
      { token: leaderToken },
    )
    expect(approve.status).toBe(400)
    expect(JSON.stringify(approve.body)).toContain('“事迹简介”里有像银行卡号的内容（6222…0128）')

    // Near misses an explainer is full of pass.
    const fine = await draft('role-models', {
      summary: '依据云政发〔2026〕12号，2021-2025年连续帮扶，编号610102197001011234。',
    })
    expect(
      (await api.post(`/role-models/${fine}/review`, { action: 'submit' }, { token: editorToken })).status,
    ).toBe(200)
  })

  test('a complete document passes submit', async () => {
    const id = await draft('lecture-sessions', { recap: { attendance: 80 } })
    const { status } = await api.post(
      `/lecture-sessions/${id}/review`,
      { action: 'submit' },
      { token: editorToken },
    )
    expect(status).toBe(200)
  })
})

describe('a published document that no longer fits', () => {
  let bad: { id: string | number; title: string }
  let good: { id: string | number; title: string }
  beforeAll(async () => {
    // As if approved under an earlier contract: written published, past every check.
    const published = (collection: ReviewedCollection, data: Record<string, unknown>) =>
      cms.payload.create({
        collection,
        data: { ...data, _status: 'published', reviewState: 'published' } as never,
        depth: 0,
        context: { seeding: true },
      }) as Promise<{ id: string | number; title: string }>
    bad = await published('policy-explainers', validDoc('policy-explainers', village, 0, ++n))
    await cms.payload.db.updateOne({
      collection: 'policy-explainers',
      where: { id: { equals: bad.id } },
      data: {
        policy: {
          ...(validDoc('policy-explainers', village, 0, n).policy as object),
          originalUrl: 'http://:::',
        },
      },
    })
    good = await published('lecture-sessions', {
      ...validDoc('lecture-sessions', village, seriesId, ++n),
      policyExplainers: [bad.id],
    })
  })

  test('is left out of the export and named; the rest is exported without links to it', async () => {
    const { snapshot, withheld } = await exportPublic(cms.payload)
    expect(snapshot.policyExplainers.map((e) => e.title)).not.toContain(bad.title)
    const session = snapshot.lectureSessions.find((s) => s.title === good.title)!
    expect(session.policyExplainers).toEqual([])
    expect(withheld).toEqual([
      expect.objectContaining({
        collection: 'policy-explainers',
        id: String(bad.id),
        title: bad.title,
        problems: [expect.stringMatching(/“政策文件·原文链接”不是有效的网址/)],
      }),
    ])
  })

  test('the build goes live and its record names the document', async () => {
    const result = await buildSite(cms.payload, 'contract test')
    expect(result.ok).toBe(true)
    const record = (
      await cms.payload.find({ collection: 'site-builds', where: { buildId: { equals: result.buildId } } })
    ).docs[0]
    expect(record.status).toBe('succeeded')
    expect(record.warnings).toContain(`政策解读「${bad.title}」`)
    expect(record.warnings).toContain('原文链接')
  }, 120_000)
})
