/**
 * Notices in the CMS: what an editor is told when the validity is wrong, what an attachment may be
 * (a PDF by its first bytes), who reads it, and that the export carries the file with the notice.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { writeSnapshot } from '@xiangfeng/cms/publish/export'
import { transition } from '@xiangfeng/cms/workflow/transition'
import { makeVillage, onePagePdf, validDoc } from '../helpers/fixtures'
import { apiClient, makeUser, startCms, type TestCms, validationMessage } from '../helpers/payload'

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
let editor: Awaited<ReturnType<typeof makeUser>>
let village: string | number

beforeAll(async () => {
  cms = await startCms()
  api = await apiClient(cms.config)
  village = await makeVillage(cms.payload)
  editor = await makeUser(cms.payload, 'editor@notices.example', ['township-editor'])
})
afterAll(async () => cms?.close())

const PDF = onePagePdf()

const notice = (data: Record<string, unknown>) =>
  cms.payload.create({
    collection: 'notices',
    data: { ...validDoc('notices', village, 0, Math.floor(Math.random() * 1e6)), ...data } as never,
    user: editor as never,
    overrideAccess: false,
    draft: true,
  })

describe('validity', () => {
  // A draft saves as it is; 提交审核 checks it against the contract and says what to change.
  const submitted = async (data: Record<string, unknown>) => {
    const draft = await notice(data)
    return validationMessage(
      transition(cms.payload, {
        collection: 'notices',
        id: draft.id,
        action: 'submit',
        user: editor as never,
      }),
    )
  }

  test('an urgent notice without an end is refused at 提交审核, in Chinese, with why', async () => {
    expect(await submitted({ urgent: true })).toBe(
      'validUntil: “有效期至”紧急通知必须填写：到期后网站横幅和大屏自动撤下。请修改后再提交审核。',
    )
  })

  test('an end before or at the start is refused at 提交审核', async () => {
    for (const validUntil of ['2026-11-19T00:00:00.000Z', '2026-11-20T00:00:00.000Z'])
      expect(await submitted({ validUntil })).toBe(
        'validUntil: “有效期至”必须晚于生效时间。请修改后再提交审核。',
      )
  })

  test('saved as it is published, the same rules refuse it field by field', async () => {
    const publish = (data: Record<string, unknown>) =>
      cms.payload.create({
        collection: 'notices',
        data: { ...validDoc('notices', village, 0, 99), ...data, _status: 'published' } as never,
        overrideAccess: true,
        context: { seeding: true },
      })
    expect(await validationMessage(publish({ urgent: true }))).toBe(
      'validUntil: 紧急通知必须填写有效期至，到期后自动撤下。',
    )
    expect(await validationMessage(publish({ validUntil: '2026-11-19T00:00:00.000Z' }))).toBe(
      'validUntil: 有效期至必须晚于生效时间。',
    )
  })
})

describe('attachments', () => {
  const upload = async (data: Buffer, name: string, type = 'application/pdf') => {
    const token = await api.login('editor@notices.example', 'test-password-1')
    const form = new FormData()
    form.append('_payload', JSON.stringify({ title: '停水通知（盖章版）' }))
    form.append('file', new Blob([new Uint8Array(data)], { type }), name)
    const response = await api.request('POST', '/attachments', { token, body: form })
    return { status: response.status, body: (await response.json()) as any }
  }

  test.each([
    [
      'a web page named .pdf',
      Buffer.from('<html><script>alert(1)</script></html>'),
      'application/pdf',
      '不是 PDF',
    ],
    ['a program named .pdf', Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), 'application/pdf', '不是 PDF'],
    ['a GIF picture', Buffer.from('GIF89a\x01\x00\x01\x00'), 'image/gif', '不是 PDF'],
    ['a PDF cut off halfway', PDF.subarray(0, 120), 'application/pdf', '不完整或已损坏'],
    ['an empty file', Buffer.alloc(0), 'application/pdf', '上传的文件是空的'],
  ])('%s is refused with a 400 that says in Chinese what to do', async (_, data, type, message) => {
    const { status, body } = await upload(data, '通知.pdf', type)
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toContain(message)
  })

  test('a PDF is kept; the public reads it only once a published notice offers it, and the export carries it', async () => {
    const { status, body } = await upload(PDF, '停水通知.pdf')
    expect(status, JSON.stringify(body)).toBe(201)
    const id = body.doc.id
    const draft = await notice({ attachment: id })
    expect((await api.get(`/attachments/${id}`)).status).toBe(404)

    await cms.payload.update({
      collection: 'notices',
      id: draft.id,
      data: { _status: 'published', reviewState: 'published' } as never,
      overrideAccess: true,
      context: { seeding: true },
    })
    expect((await api.get(`/attachments/${id}`)).status).toBe(200)

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-notice-snapshot-'))
    try {
      const { snapshot } = await writeSnapshot(cms.payload, path.join(dir, 'snap'))
      const exported = snapshot.notices.find((n) => n.id === String(draft.id))!
      expect(exported.attachment).toEqual({
        id: String(id),
        src: `files/${body.doc.filename}`,
        title: '停水通知（盖章版）',
        bytes: PDF.length,
      })
      expect(fs.readFileSync(path.join(dir, 'snap', 'public', exported.attachment!.src))).toEqual(PDF)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
