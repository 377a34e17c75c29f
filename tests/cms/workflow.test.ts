import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { fakeIdNumber } from '@xiangfeng/cms/seed'
import { reviewQueue } from '@xiangfeng/cms/workflow/queue'
import { publishApproved, transition } from '@xiangfeng/cms/workflow/transition'
import { validDoc } from '../helpers/fixtures'
import { apiClient, makeUser, startCms, type TestCms, validationMessage } from '../helpers/payload'

type User = Awaited<ReturnType<typeof makeUser>>
let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
let officer: User
let otherOfficer: User
let editor: User
let reviewer: User
let leader: User
let qingxi: string | number
let taoyuan: string | number
let n = 0

const as = (user: User) => ({ user: user as never, overrideAccess: false as const })
const act = (
  user: User,
  id: string | number,
  action: 'submit' | 'review' | 'approve' | 'return',
  reason?: string,
) => transition(cms.payload, { collection: 'role-models', id, action, user: user as never, reason })
const draftModel = (user: User, extra: Record<string, unknown> = {}) =>
  cms.payload.create({
    collection: 'role-models',
    data: { ...validDoc('role-models', qingxi, 0, ++n), ...extra } as never,
    draft: true,
    depth: 0,
    ...as(user),
  })
const publicView = async (id: string | number) => (await api.get(`/role-models/${id}?depth=0`)).body

beforeAll(async () => {
  cms = await startCms()
  api = await apiClient(cms.config)
  const township = await cms.payload.create({ collection: 'townships', data: { name: '云溪镇' } })
  qingxi = (
    await cms.payload.create({ collection: 'villages', data: { name: '清溪村', township: township.id } })
  ).id
  taoyuan = (
    await cms.payload.create({ collection: 'villages', data: { name: '桃园村', township: township.id } })
  ).id
  officer = await makeUser(cms.payload, 'officer@wf.example', ['village-officer'])
  officer = (await cms.payload.update({
    collection: 'users',
    id: officer.id,
    data: { villages: [qingxi] } as never,
  })) as never
  officer = { ...officer, collection: 'users' }
  otherOfficer = await makeUser(cms.payload, 'other@wf.example', ['village-officer'])
  otherOfficer = {
    ...(await cms.payload.update({
      collection: 'users',
      id: otherOfficer.id,
      data: { villages: [taoyuan] } as never,
    })),
    collection: 'users',
  } as never
  editor = await makeUser(cms.payload, 'editor@wf.example', ['township-editor'])
  reviewer = await makeUser(cms.payload, 'reviewer@wf.example', ['township-reviewer'])
  leader = await makeUser(cms.payload, 'leader@wf.example', ['leader'])
  await cms.payload.updateGlobal({
    slug: 'site-settings',
    data: { siteName: '乡风', flaggedWords: [{ word: '付书记', hint: '副书记' }] },
  })
})
afterAll(async () => cms?.close())

describe('three-level review', () => {
  test('officer drafts and submits, the township reviews, a leader approves: only then is it public', async () => {
    const doc = await draftModel(officer, { contact: { phone: '138-0000-7777' } })
    expect(doc.reviewState).toBe('draft')
    expect((await api.get(`/role-models/${doc.id}`)).status).toBe(404)

    await act(officer, doc.id, 'submit')
    expect((await api.get(`/role-models/${doc.id}`)).status).toBe(404)
    await act(reviewer, doc.id, 'review')
    expect((await api.get(`/role-models/${doc.id}`)).status).toBe(404)
    const published = await act(leader, doc.id, 'approve')

    expect(published._status).toBe('published')
    expect(published.reviewState).toBe('published')
    expect(published.publishedAt).toBeTruthy()
    const shown = await publicView(doc.id)
    expect(shown.name).toBe(doc.name)
    // Payload leaves an empty array where read access removed the rows.
    expect(shown.reviewHistory ?? []).toEqual([])
    expect(shown).not.toHaveProperty('reviewState')
    expect(shown).not.toHaveProperty('contact')

    const history = (await cms.payload.findByID({ collection: 'role-models', id: doc.id, depth: 0 }))
      .reviewHistory!
    expect(history.map((h) => [h.action, h.from, h.to, h.by])).toEqual([
      ['submit', 'draft', 'submitted', officer.id],
      ['review', 'submitted', 'reviewed', reviewer.id],
      ['approve', 'reviewed', 'published', leader.id],
    ])
    expect(history.every((h) => h.at && !Number.isNaN(Date.parse(h.at)))).toBe(true)
  })

  test('the REST endpoint takes the same actions as the signed-in user', async () => {
    const doc = await draftModel(officer)
    const tokens = {
      officer: await api.login('officer@wf.example', 'test-password-1'),
      reviewer: await api.login('reviewer@wf.example', 'test-password-1'),
      leader: await api.login('leader@wf.example', 'test-password-1'),
    }
    expect(
      (await api.post(`/role-models/${doc.id}/review`, { action: 'review' }, { token: tokens.reviewer }))
        .status,
    ).toBe(409)
    expect(
      (await api.post(`/role-models/${doc.id}/review`, { action: 'submit' }, { token: tokens.officer })).body
        .reviewState,
    ).toBe('submitted')
    expect(
      (await api.post(`/role-models/${doc.id}/review`, { action: 'approve' }, { token: tokens.leader }))
        .status,
    ).toBe(409)
    const denied = await api.post(
      `/role-models/${doc.id}/review`,
      { action: 'review' },
      { token: tokens.officer },
    )
    expect(denied.status).toBe(403)
    expect(denied.body.errors[0].message).toContain('您的角色不能')
    expect((await api.post(`/role-models/${doc.id}/review`, { action: 'review' })).status).toBe(401)
  })

  test('sending back needs a reason; the editor fixes it and submits again', async () => {
    const doc = await draftModel(officer)
    await act(officer, doc.id, 'submit')
    expect(await validationMessage(act(reviewer, doc.id, 'return'))).toContain('退回时必须填写理由')
    const returned = await act(reviewer, doc.id, 'return', '事迹简介里的日期不对，请核实。')
    expect(returned.reviewState).toBe('returned')
    await cms.payload.update({
      collection: 'role-models',
      id: doc.id,
      data: { summary: '已核实。' },
      draft: true,
      ...as(officer),
    })
    const again = await act(officer, doc.id, 'submit')
    expect(again.reviewState).toBe('submitted')
    const reasons = again.reviewHistory!.map((h) => h.reason).filter(Boolean)
    expect(reasons).toEqual(['事迹简介里的日期不对，请核实。'])
  })

  test('the three levels need three different people', async () => {
    const both = await makeUser(cms.payload, 'both@wf.example', [
      'township-editor',
      'township-reviewer',
      'leader',
    ])
    const doc = await draftModel(both)
    await act(both, doc.id, 'submit')
    expect(await validationMessage(act(both, doc.id, 'review'))).toContain('三位不同的人')
    await act(reviewer, doc.id, 'review')
    expect(await validationMessage(act(both, doc.id, 'approve'))).toContain('三位不同的人')
    expect((await act(leader, doc.id, 'approve')).reviewState).toBe('published')
  })

  test('no way around the final step: publishing directly is refused', async () => {
    const token = await api.login('editor@wf.example', 'test-password-1')
    const created = await api.post(
      '/role-models',
      { ...validDoc('role-models', qingxi, 0, ++n), _status: 'published' },
      { token },
    )
    expect(created.status).toBe(403)
    expect(JSON.stringify(created.body)).toContain('只有终审通过后才能发布')
    const doc = await draftModel(editor)
    const patched = await api.patch(`/role-models/${doc.id}`, { _status: 'published' }, { token })
    expect(patched.status).toBe(403)
    // Nor can an editor write a review state.
    await api.patch(`/role-models/${doc.id}?draft=true`, { reviewState: 'reviewed' }, { token })
    expect(
      (await cms.payload.findByID({ collection: 'role-models', id: doc.id, draft: true })).reviewState,
    ).toBe('draft')
  })

  test('editing a published document makes a new draft that is reviewed again while the old text stays live', async () => {
    const doc = await draftModel(officer, { summary: '第一版。' })
    await act(officer, doc.id, 'submit')
    await act(reviewer, doc.id, 'review')
    await act(leader, doc.id, 'approve')

    const token = await api.login('officer@wf.example', 'test-password-1')
    expect((await api.patch(`/role-models/${doc.id}`, { summary: '直接改线上版。' }, { token })).status).toBe(
      403,
    )
    const edited = await cms.payload.update({
      collection: 'role-models',
      id: doc.id,
      data: { summary: '第二版。' },
      draft: true,
      ...as(officer),
    })
    expect(edited.reviewState).toBe('draft')
    expect((await publicView(doc.id)).summary).toBe('第一版。')

    await act(officer, doc.id, 'submit')
    await act(reviewer, doc.id, 'review')
    expect((await publicView(doc.id)).summary).toBe('第一版。')
    await act(leader, doc.id, 'approve')
    expect((await publicView(doc.id)).summary).toBe('第二版。')
  })

  test('a flagged word blocks submission, naming the word and the field; a clean submit records the check', async () => {
    const doc = await draftModel(officer, { summary: '村党支部付书记张三带头修路。' })
    const message = await validationMessage(act(officer, doc.id, 'submit'))
    expect(message).toContain('“事迹简介”中有敏感或易错词“付书记”，建议改为“副书记”')
    expect(
      (await cms.payload.findByID({ collection: 'role-models', id: doc.id, draft: true })).reviewState,
    ).toBe('draft')

    await cms.payload.update({
      collection: 'role-models',
      id: doc.id,
      data: { summary: '村党支部副书记张三带头修路。' },
      draft: true,
      ...as(officer),
    })
    await act(officer, doc.id, 'submit')
    const seenByReviewer = await cms.payload.findByID({
      collection: 'role-models',
      id: doc.id,
      draft: true,
      ...as(reviewer),
    })
    expect(seenByReviewer.flaggedWordsCheck).toContain('未发现错敏词')
  })

  test('scheduled publishing: approved now, public when the job runs after the set time', async () => {
    // An hour ahead: however slow the machine, the set time is still ahead at 终审.
    const publishAt = new Date(Date.now() + 3600_000)
    const doc = await draftModel(officer, { publishAt: publishAt.toISOString() })
    await act(officer, doc.id, 'submit')
    await act(reviewer, doc.id, 'review')
    const approved = await act(leader, doc.id, 'approve')
    expect(approved.reviewState).toBe('scheduled')
    await cms.payload.jobs.run()
    expect((await api.get(`/role-models/${doc.id}`)).status).toBe(404)

    // The set time arrives, for the queue: its job is due from then, so it is due now.
    const queued = await cms.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'publishApproved' } },
      limit: 0,
      pagination: false,
    })
    const job = queued.docs.find((j) => (j.input as { id?: string }).id === String(doc.id))!
    expect(new Date(job.waitUntil!).toISOString()).toBe(publishAt.toISOString())
    await cms.payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await cms.payload.jobs.run()
    const shown = await api.get(`/role-models/${doc.id}`)
    expect(shown.status).toBe(200)
    const history = (await cms.payload.findByID({ collection: 'role-models', id: doc.id })).reviewHistory!
    expect(history.at(-1)).toMatchObject({ action: 'publish', from: 'scheduled', to: 'published' })
  })

  test('a scheduled document edited before its time is not published by the job', async () => {
    const doc = await draftModel(officer, { publishAt: new Date(Date.now() + 60_000).toISOString() })
    await act(officer, doc.id, 'submit')
    await act(reviewer, doc.id, 'review')
    await act(leader, doc.id, 'approve')
    await cms.payload.update({
      collection: 'role-models',
      id: doc.id,
      data: { summary: '改了。' },
      draft: true,
      ...as(officer),
    })
    expect(await publishApproved(cms.payload, 'role-models', doc.id)).toEqual({ published: false })
    expect((await api.get(`/role-models/${doc.id}`)).status).toBe(404)
  })
})

describe('review queues', () => {
  test('each role sees what waits for it, and only in the villages it may read', async () => {
    const submitted = await draftModel(officer, { name: '待复审的榜样' })
    await act(officer, submitted.id, 'submit')
    const reviewed = await draftModel(officer, { name: '待终审的榜样' })
    await act(officer, reviewed.id, 'submit')
    await act(reviewer, reviewed.id, 'review')

    const titles = async (user: User) => (await reviewQueue(cms.payload, user as never)).map((i) => i.title)
    expect(await titles(reviewer)).toContain('待复审的榜样')
    expect(await titles(reviewer)).not.toContain('待终审的榜样')
    expect(await titles(leader)).toContain('待终审的榜样')
    await act(leader, reviewed.id, 'return', '照片不清楚')
    expect(await titles(officer)).toContain('待终审的榜样')
    expect(await titles(otherOfficer)).not.toContain('待终审的榜样')
  })
})

describe('village tenancy', () => {
  test('an officer cannot move a document to another village or make it township-wide', async () => {
    const doc = await draftModel(officer)
    const moved = await validationMessage(
      cms.payload.update({
        collection: 'role-models',
        id: doc.id,
        data: { village: taoyuan } as never,
        draft: true,
        ...as(officer),
      }),
    )
    expect(moved).toContain('village: 您只能在自己负责的村发布内容')
    const townshipWide = await validationMessage(
      cms.payload.update({
        collection: 'role-models',
        id: doc.id,
        data: { village: null },
        draft: true,
        ...as(officer),
      }),
    )
    expect(townshipWide).toContain('请选择所属村')
    expect(
      (await cms.payload.findByID({ collection: 'role-models', id: doc.id, draft: true, depth: 0 })).village,
    ).toBe(qingxi)
  })

  test("another village's drafts are invisible to an officer, by list and by ID, with ?draft=true", async () => {
    const doc = await draftModel(officer, { name: '清溪村的草稿' })
    const token = await api.login('other@wf.example', 'test-password-1')
    const list = await api.get(`/role-models?draft=true&limit=1000&depth=0`, { token })
    expect(list.body.docs.map((d: { name: string }) => d.name)).not.toContain('清溪村的草稿')
    expect((await api.get(`/role-models/${doc.id}?draft=true`, { token })).status).toBe(404)
    expect(
      (await api.get(`/role-models/versions?limit=1000&depth=0`, { token })).body.docs.map(
        (v: { parent: unknown }) => v.parent,
      ),
    ).not.toContain(doc.id)
  })

  test('township-wide and village content live side by side for the public', async () => {
    const townshipWide = await cms.payload.create({
      collection: 'lecture-series',
      data: { name: '全镇讲堂', kind: 'morality', organiser: '宣传办', _status: 'published' } as never,
      depth: 0,
      context: { seeding: true },
    })
    const village = await cms.payload.create({
      collection: 'lecture-series',
      data: {
        name: '村讲堂',
        kind: 'law',
        organiser: '村委会',
        village: qingxi,
        _status: 'published',
      } as never,
      depth: 0,
      context: { seeding: true },
    })
    const names = (await api.get('/lecture-series?limit=100&depth=0')).body.docs.map(
      (d: { name: string }) => d.name,
    )
    expect(names).toEqual(expect.arrayContaining(['全镇讲堂', '村讲堂']))
    expect(townshipWide.village ?? null).toBeNull()
    expect(village.village).toBe(qingxi)
  })
})

describe('private fields', () => {
  const privateData = {
    contact: { phone: '138-0000-6666', idNumber: fakeIdNumber(66), address: '清溪村二组6号（虚构）' },
    consent: { scope: '肖像用于宣传栏', signer: '本人', signedOn: '2026-06-20T00:00:00.000Z' },
  }
  type Private = { contact?: Record<string, unknown>; consent?: Record<string, unknown>; name?: string }

  test('readable by the village’s officer and township editors; reviewers and leaders read the document without them', async () => {
    const doc = await draftModel(officer, privateData)
    const read = async (user: User) =>
      (await cms.payload.findByID({
        collection: 'role-models',
        id: doc.id,
        draft: true,
        depth: 0,
        disableErrors: true,
        ...as(user),
      })) as Private | null
    for (const user of [officer, editor]) {
      const seen = await read(user)
      expect(seen?.contact).toMatchObject(privateData.contact)
      expect(seen?.consent).toMatchObject({ scope: '肖像用于宣传栏', signer: '本人' })
    }
    for (const user of [reviewer, leader]) {
      const seen = await read(user)
      // The document itself is readable: what is withheld is the private groups, all of them.
      expect(seen?.name).toBe(doc.name)
      expect(seen?.contact).toBeUndefined()
      expect(seen?.consent).toBeUndefined()
      expect(JSON.stringify(seen)).not.toMatch(/138-0000-6666|二组6号|肖像用于宣传栏/)
    }
    // Another village's officer cannot read the document at all.
    expect(await read(otherOfficer)).toBeNull()
  })

  test('a reviewer cannot write them either: 403, and the value stays', async () => {
    const doc = await draftModel(officer, { contact: { phone: '138-0000-5555' } })
    await act(officer, doc.id, 'submit')
    await expect(
      cms.payload.update({
        collection: 'role-models',
        id: doc.id,
        data: { contact: { phone: '138-0000-0000' } },
        draft: true,
        ...as(reviewer),
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(
      (await cms.payload.findByID({ collection: 'role-models', id: doc.id, draft: true })).contact?.phone,
    ).toBe('138-0000-5555')
  })
})

describe('uploads', () => {
  test('an image over 40 megapixels is refused before it is decoded', async () => {
    const data = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer()
    const message = await cms.payload
      .create({
        collection: 'media',
        data: { alt: '超大' },
        file: { data, mimetype: 'image/png', name: 'huge.png', size: data.length },
        ...as(editor),
      })
      .then(
        () => 'accepted',
        (error: Error) => error.message,
      )
    expect(message).toContain('图片像素过大（8000×6000）')
  })
})
