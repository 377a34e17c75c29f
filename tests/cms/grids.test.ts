/**
 * Grids in the CMS: a work phone is public only with its holder's consent on record, the consent
 * itself never is, and the 说事码's link is the township's to set.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { makeVillage, validDoc } from '../helpers/fixtures'
import { apiClient, makeUser, startCms, type TestCms, validationMessage } from '../helpers/payload'

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
let village: string | number

beforeAll(async () => {
  cms = await startCms()
  api = await apiClient(cms.config)
  village = await makeVillage(cms.payload)
  await makeUser(cms.payload, 'editor@grids.example', ['township-editor'])
  const officer = await makeUser(cms.payload, 'officer@grids.example', ['village-officer'])
  await cms.payload.update({ collection: 'users', id: officer.id, data: { villages: [village] } as never })
})
afterAll(async () => cms?.close())

const workers = [
  {
    name: '王建华',
    role: 'grid-worker',
    workPhone: '138-0917-2201',
    phonePublic: true,
    phoneConsentOn: '2026-10-08',
  },
  { name: '李红梅', role: 'village-cadre', workPhone: '139-0917-3302', phonePublic: false },
]

const publish = (data: Record<string, unknown>) =>
  cms.payload.create({
    collection: 'grids',
    data: {
      ...validDoc('grids', village, 0, Math.floor(Math.random() * 1e6)),
      ...data,
      _status: 'published',
    } as never,
    overrideAccess: true,
    context: { seeding: true },
  })

describe('work phones', () => {
  test('the public API gives the consented phone and no other, and never the consent record', async () => {
    const grid = await publish({ workers })
    const { status, body } = await api.get(`/grids/${grid.id}?depth=0`)
    expect(status).toBe(200)
    expect(body.workers.map((w: { workPhone?: string }) => w.workPhone)).toEqual(['138-0917-2201', undefined])
    expect(JSON.stringify(body)).not.toContain('139-0917-3302')
    expect(JSON.stringify(body)).not.toContain('2026-10-08')
    // Staff of the village see both phones and the consent.
    const token = await api.login('officer@grids.example', 'test-password-1')
    const staff = await api.get(`/grids/${grid.id}?depth=0`, { token })
    expect(staff.body.workers[1].workPhone).toBe('139-0917-3302')
    expect(staff.body.workers[0].phoneConsentOn).toContain('2026-10')
  })

  test('marking a phone public without the day of consent is refused, in Chinese, on a draft too', async () => {
    const workers = [{ name: '马建国', role: 'grid-worker', workPhone: '133-0917-8807', phonePublic: true }]
    // At the field that is missing, the consent's day, so the admin marks it.
    const expected =
      'workers.0.phoneConsentOn: 公开工作电话前，请先填写工作电话和本人同意公开的日期（书面同意书由村委会留存）。'
    expect(await validationMessage(publish({ workers }))).toBe(expected)
    const token = await api.login('officer@grids.example', 'test-password-1')
    const draft = await api.post(
      '/grids?draft=true',
      { ...validDoc('grids', village, 0, 77), workers },
      { token },
    )
    expect(draft.status).toBe(400)
    expect(JSON.stringify(draft.body)).toContain(expected.split(': ')[1])
    // Named by its Chinese label, not its path, in the admin's summary.
    expect(draft.body.errors[0].message).toContain('网格员第1项·同意公开的日期（不公开）')
    expect(draft.body.errors[0].message).not.toContain('workers.0')
  })
})

describe('the 说事码 link', () => {
  const create = async (email: string, raiseMatterLink: string) => {
    const token = await api.login(email, 'test-password-1')
    return api.post(
      '/grids?draft=true',
      { ...validDoc('grids', village, 0, Math.floor(Math.random() * 1e6)), raiseMatterLink },
      { token },
    )
  }

  test('a township editor sets it; a village officer’s is not stored', async () => {
    const byEditor = await create('editor@grids.example', 'https://yunxi.example/shuoshi/1')
    expect(byEditor.status).toBe(201)
    expect(byEditor.body.doc.raiseMatterLink).toBe('https://yunxi.example/shuoshi/1')
    const byOfficer = await create('officer@grids.example', 'https://evil.example/form')
    expect(byOfficer.status).toBe(201)
    const stored = await cms.payload.findByID({ collection: 'grids', id: byOfficer.body.doc.id, draft: true })
    expect(stored.raiseMatterLink ?? undefined).toBeUndefined()
  })

  test('only an https address is accepted, with a message that says so', async () => {
    for (const [link, message] of [
      ['http://yunxi.example/form', '说事码链接必须以 https:// 开头。'],
      ['javascript:alert(1)', '说事码链接必须以 https:// 开头。'],
      ['微信扫一扫', '说事码链接不是有效的网址'],
    ])
      expect(await validationMessage(publish({ raiseMatterLink: link }))).toContain(message)
  })
})
