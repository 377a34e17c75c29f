/**
 * A village's name and intro and the texts of 网站设置 reach every page without being content: a
 * change is a draft, the live values stay until a leader who did not make it approves it as it
 * stands, and the approval is recorded. Through Payload's real REST handlers, as the admin sends.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { exportSnapshot } from '@xiangfeng/cms/publish/export'
import { DEMO_PASSWORD } from '@xiangfeng/cms/seed/data/places'
import { reviewQueue } from '@xiangfeng/cms/workflow/queue'
import { apiClient, makeUser, startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
const tokens: Record<string, string> = {}
let village: { id: number; name: string; intro?: string | null }
let before: { intro: string; siteName: string }

beforeAll(async () => {
  cms = await startCms({ seeded: true })
  api = await apiClient(cms.config)
  await makeUser(cms.payload, 'leader2@yunxi.example', ['leader'])
  tokens.editor = await api.login('editor@yunxi.example', DEMO_PASSWORD)
  tokens.leader = await api.login('leader@yunxi.example', DEMO_PASSWORD)
  tokens.leader2 = await api.login('leader2@yunxi.example', 'test-password-1')
  tokens.officer = await api.login('qingxi@yunxi.example', DEMO_PASSWORD)
  village = (await cms.payload.find({ collection: 'villages', where: { slug: { equals: 'qing-xi-cun' } } }))
    .docs[0] as never
  const snapshot = await exportSnapshot(cms.payload)
  before = {
    intro: snapshot.villages.find((v) => v.slug === 'qing-xi-cun')!.intro!,
    siteName: snapshot.site.siteName,
  }
})
afterAll(async () => cms?.close())

const live = async () => {
  const snapshot = await exportSnapshot(cms.payload)
  return {
    intro: snapshot.villages.find((v) => v.slug === 'qing-xi-cun')!.intro,
    siteName: snapshot.site.siteName,
  }
}

describe('a village', () => {
  const NEW_INTRO = '清溪村位于云溪镇东部，新修订的简介。'

  test('an editor’s change is saved as a draft and the portal keeps the live intro', async () => {
    const saved = await api.patch(
      `/villages/${village.id}?draft=true`,
      { intro: NEW_INTRO },
      { token: tokens.editor },
    )
    expect(saved.status).toBe(200)
    expect(await live()).toEqual(before)
    // The public API says what the portal says, draft or not.
    for (const query of ['', '?draft=true']) {
      const anonymous = await api.get(`/villages/${village.id}${query}`)
      expect(anonymous.status).toBe(200)
      expect(anonymous.body.intro).toBe(before.intro)
      expect(anonymous.body.changedBy).toBeUndefined()
    }
    expect((await api.get('/villages/versions')).status).toBe(403)
  })

  test('it waits on every leader’s dashboard queue, and on no one else’s', async () => {
    const user = async (email: string) =>
      (await cms.payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]
    const queued = await reviewQueue(cms.payload, (await user('leader@yunxi.example')) as never)
    expect(queued).toContainEqual(
      expect.objectContaining({
        href: `/admin/collections/villages/${village.id}`,
        reviewState: 'awaiting-approval',
      }),
    )
    const editors = await reviewQueue(cms.payload, (await user('editor@yunxi.example')) as never)
    expect(editors.filter((i) => i.collection === 'villages')).toEqual([])
  })

  test('an editor cannot publish it: 403, in Chinese', async () => {
    const res = await api.patch(
      `/villages/${village.id}`,
      { intro: NEW_INTRO, _status: 'published' },
      { token: tokens.editor },
    )
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toContain('须经分管领导批准后才上线')
    expect(await live()).toEqual(before)
  })

  test('a leader cannot change it while approving: 403', async () => {
    const res = await api.patch(
      `/villages/${village.id}`,
      { intro: `${NEW_INTRO}（领导改）`, _status: 'published' },
      { token: tokens.leader },
    )
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toContain('批准时不能同时修改')
    expect(await live()).toEqual(before)
  })

  test('a leader approves the draft as saved: it goes live, and the approval is recorded', async () => {
    const res = await api.patch(`/villages/${village.id}`, { _status: 'published' }, { token: tokens.leader })
    expect(res.status).toBe(200)
    expect((await live()).intro).toBe(NEW_INTRO)
    const doc = await cms.payload.findByID({ collection: 'villages', id: village.id, depth: 0 })
    const [editor, leader] = await Promise.all(
      ['editor@yunxi.example', 'leader@yunxi.example'].map(
        async (email) =>
          (await cms.payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0].id,
      ),
    )
    expect(doc.approvals).toEqual([expect.objectContaining({ author: editor, approvedBy: leader })])
    const queued = await reviewQueue(
      cms.payload,
      (await cms.payload.findByID({ collection: 'users', id: leader })) as never,
    )
    expect(queued.filter((i) => i.collection === 'villages')).toEqual([])
  })

  test('a leader cannot approve their own change: 403', async () => {
    expect(
      (await api.patch(`/villages/${village.id}?draft=true`, { name: '清溪新村' }, { token: tokens.leader }))
        .status,
    ).toBe(200)
    const own = await api.patch(`/villages/${village.id}`, { _status: 'published' }, { token: tokens.leader })
    expect(own.status).toBe(403)
    expect(own.body.errors[0].message).toContain('不能批准自己做的修改')
    // Another leader may.
    const other = await api.patch(
      `/villages/${village.id}`,
      { _status: 'published' },
      { token: tokens.leader2 },
    )
    expect(other.status).toBe(200)
    expect((await exportSnapshot(cms.payload)).villages.find((v) => v.slug === 'qing-xi-cun')!.name).toBe(
      '清溪新村',
    )
  })

  test('a write of status draft that is no draft save (it would replace the live values) is refused: 403', async () => {
    const res = await api.patch(
      `/villages/${village.id}`,
      { intro: '绕过草稿', _status: 'draft' },
      { token: tokens.editor },
    )
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toContain('保存草稿')
    expect((await live()).intro).not.toBe('绕过草稿')
  })

  test('a village officer cannot change it at all: 403', async () => {
    const res = await api.patch(
      `/villages/${village.id}?draft=true`,
      { intro: '村里自己改' },
      { token: tokens.officer },
    )
    expect(res.status).toBe(403)
  })
})

describe('网站设置', () => {
  test('a new site name waits for a leader; the flagged-words list changes at once', async () => {
    const draft = await api.request('POST', '/globals/site-settings?draft=true', {
      token: tokens.editor,
      body: { siteName: '乡风·云溪（待批）' },
    })
    expect(draft.status).toBe(200)
    expect((await live()).siteName).toBe(before.siteName)
    const anonymous = await api.get('/globals/site-settings?draft=true')
    expect(anonymous.body.siteName).toBe(before.siteName)

    const published = await api.request('POST', '/globals/site-settings', {
      token: tokens.editor,
      body: { siteName: '乡风·云溪（待批）', _status: 'published' },
    })
    expect(published.status).toBe(403)
    expect((await live()).siteName).toBe(before.siteName)

    const approved = await api.request('POST', '/globals/site-settings', {
      token: tokens.leader,
      body: { _status: 'published' },
    })
    expect(approved.status).toBe(200)
    expect((await live()).siteName).toBe('乡风·云溪（待批）')

    // Not on the portal: no approval needed.
    const words = await api.request('POST', '/globals/site-settings', {
      token: tokens.editor,
      body: { flaggedWords: [{ word: '测试错词', hint: '测试' }], _status: 'published' },
    })
    expect(words.status).toBe(200)
    const settings = await cms.payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(settings.flaggedWords?.map((w) => w.word)).toContain('测试错词')
  })
})
