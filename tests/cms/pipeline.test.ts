import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { buildSite, liveSiteDir } from '@xiangfeng/cms/publish/pipeline'
import { transition } from '@xiangfeng/cms/workflow/transition'
import { validDoc } from '../helpers/fixtures'
import { makeUser, startCms, type TestCms } from '../helpers/payload'
import { servePortal } from '../helpers/server'

let cms: TestCms
let villageId: string | number
let people: Record<'editor' | 'reviewer' | 'leader', Awaited<ReturnType<typeof makeUser>>>

const live = (url: string) => path.join(fs.realpathSync(liveSiteDir()), url, 'index.html')
const waitingBuilds = async () =>
  (
    await cms.payload.count({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'publishSite' } }, { completedAt: { exists: false } }] },
    })
  ).totalDocs

async function publishThroughReview(name: string) {
  const doc = await cms.payload.create({
    collection: 'role-models',
    data: { ...validDoc('role-models', villageId, 0, 0), name } as never,
    draft: true,
    user: people.editor as never,
    overrideAccess: false,
  })
  await transition(cms.payload, {
    collection: 'role-models',
    id: doc.id,
    action: 'submit',
    user: people.editor as never,
  })
  await transition(cms.payload, {
    collection: 'role-models',
    id: doc.id,
    action: 'review',
    user: people.reviewer as never,
  })
  await transition(cms.payload, {
    collection: 'role-models',
    id: doc.id,
    action: 'approve',
    user: people.leader as never,
  })
  return doc
}

beforeAll(async () => {
  cms = await startCms({ seeded: true })
  villageId = (await cms.payload.find({ collection: 'villages', where: { slug: { equals: 'qing-xi-cun' } } }))
    .docs[0].id
  people = {
    editor: await makeUser(cms.payload, 'e@pipeline.example', ['township-editor']),
    reviewer: await makeUser(cms.payload, 'r@pipeline.example', ['township-reviewer']),
    leader: await makeUser(cms.payload, 'l@pipeline.example', ['leader']),
  }
  const first = await buildSite(cms.payload, 'first build')
  expect(first.ok).toBe(true)
})
afterAll(async () => cms?.close())

describe('publish pipeline', () => {
  test('a build exports, builds and switches the live site, and leaves a record', async () => {
    expect(fs.existsSync(live('/role-models/qing-xi-cun/zhang-jian-min/'))).toBe(true)
    const records = (await cms.payload.find({ collection: 'site-builds', sort: '-startedAt' })).docs
    expect(records[0]).toMatchObject({ status: 'succeeded', trigger: 'first build' })
    expect(records[0].pages).toBeGreaterThan(60)
  })

  test('publishing through review queues a rebuild that puts the new page live', async () => {
    await cms.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await publishThroughReview('新榜样甲')
    expect(await waitingBuilds()).toBe(1)
    await cms.payload.jobs.run({ queue: 'site' })
    expect(await waitingBuilds()).toBe(0)
    expect(fs.readFileSync(live('/role-models/'), 'utf8')).toContain('新榜样甲')
  })

  test('the served portal switches to a new build without a restart', async () => {
    const { server, origin } = await servePortal(liveSiteDir())
    try {
      const list = () => fetch(`${origin}/role-models/`).then((r) => r.text())
      expect(await list()).not.toContain('新榜样乙')
      await publishThroughReview('新榜样乙')
      await cms.payload.jobs.run({ queue: 'site' })
      expect(await list()).toContain('新榜样乙')
      expect((await fetch(`${origin}/no/such/page/`)).status).toBe(404)
      expect((await fetch(`${origin}/role-models`, { redirect: 'manual' })).status).toBe(301)
    } finally {
      server.close()
    }
  })

  test('while the live site switches, readers get every page: no 404 and no error, read continuously', async () => {
    const { server, origin } = await servePortal(liveSiteDir())
    const pages = [
      '/',
      '/role-models/',
      '/role-models/qing-xi-cun/zhang-jian-min/',
      '/lectures/',
      '/policies/',
    ]
    const statuses = new Map<number, number>()
    let reading = true
    const reader = (async () => {
      for (let i = 0; reading; i++) {
        const { status } = await fetch(origin + pages[i % pages.length])
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
      }
    })()
    try {
      await publishThroughReview('切换时发布')
      await cms.payload.jobs.run({ queue: 'site' })
      await publishThroughReview('再次切换')
      await cms.payload.jobs.run({ queue: 'site' })
    } finally {
      reading = false
      await reader
      server.close()
    }
    expect([...statuses.keys()]).toEqual([200])
    expect(statuses.get(200)).toBeGreaterThan(50)
  })

  test('one build at a time: two started together run one after the other', async () => {
    const before = (await cms.payload.count({ collection: 'site-builds' })).totalDocs
    const [a, b] = await Promise.all([buildSite(cms.payload, '同时一'), buildSite(cms.payload, '同时二')])
    expect([a.ok, b.ok]).toEqual([true, true])
    const records = (
      await cms.payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 2, depth: 0 })
    ).docs.reverse()
    expect(records.map((r) => r.trigger)).toEqual(['同时一', '同时二'])
    // The second started only after the first had finished.
    expect(new Date(records[1].startedAt!).getTime()).toBeGreaterThanOrEqual(
      new Date(records[0].finishedAt!).getTime(),
    )
    expect((await cms.payload.count({ collection: 'site-builds' })).totalDocs - before).toBe(2)
  })

  test('a publish during a build adds exactly one more build, which puts it live', async () => {
    await cms.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await publishThroughReview('构建前发布')
    const before = (await cms.payload.count({ collection: 'site-builds' })).totalDocs
    const first = cms.payload.jobs.run({ queue: 'site' })
    await expect
      .poll(
        async () =>
          (await cms.payload.count({ collection: 'site-builds', where: { status: { equals: 'running' } } }))
            .totalDocs,
        { timeout: 30_000, interval: 100 },
      )
      .toBe(1)
    // Three publishes while it runs: they wait as one build behind the running one.
    for (const name of ['构建中发布一', '构建中发布二', '构建中发布三']) await publishThroughReview(name)
    expect(await waitingBuilds()).toBe(2)
    await first
    await cms.payload.jobs.run({ queue: 'site' })
    expect(await waitingBuilds()).toBe(0)
    expect((await cms.payload.count({ collection: 'site-builds' })).totalDocs - before).toBe(2)
    const list = fs.readFileSync(live('/role-models/'), 'utf8')
    for (const name of ['构建前发布', '构建中发布一', '构建中发布三']) expect(list).toContain(name)
  })

  test('a burst of twenty publishes waits as one build', async () => {
    await cms.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    for (let i = 0; i < 20; i++) await publishThroughReview(`批量榜样${i}`)
    expect(await waitingBuilds()).toBe(1)
    const before = (await cms.payload.count({ collection: 'site-builds' })).totalDocs
    await cms.payload.jobs.run({ queue: 'site' })
    expect((await cms.payload.count({ collection: 'site-builds' })).totalDocs - before).toBe(1)
    // All twenty are in that one build.
    for (let i = 0; i < 20; i++)
      expect(fs.readFileSync(live(`/role-models/qing-xi-cun/pi-liang-bang-yang-${i}/`), 'utf8')).toContain(
        `批量榜样${i}`,
      )
  })

  test('approvals spread over a running build, each starting the runner as the server does, give that build and one more', async () => {
    await cms.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    const before = new Date().toISOString()
    const unfinished = async () =>
      (
        await cms.payload.find({
          collection: 'payload-jobs',
          where: { and: [{ taskSlug: { equals: 'publishSite' } }, { completedAt: { exists: false } }] },
          depth: 0,
        })
      ).docs
    const running = async () =>
      (await cms.payload.count({ collection: 'site-builds', where: { status: { equals: 'running' } } }))
        .totalDocs
    // As in a running CMS: each request starts the jobs runner (runSiteBuildsSoon), and so does
    // the end of each build.
    process.env.XIANGFENG_JOBS = 'on'
    try {
      await publishThroughReview('分散审批一')
      await expect.poll(running, { timeout: 30_000, interval: 100 }).toBe(1)
      const names = ['分散审批二', '分散审批三', '分散审批四', '分散审批五']
      for (const name of names) {
        await publishThroughReview(name)
        // Past the runner's 300 ms start delay: what it would start, it has started.
        await new Promise((resolve) => setTimeout(resolve, 700))
        const jobs = await unfinished()
        expect(jobs.filter((j) => j.processing).length, name).toBeLessThanOrEqual(1)
        expect(jobs.filter((j) => !j.processing).length, name).toBeLessThanOrEqual(1)
      }
      const lastApproval = new Date().toISOString()
      const outlasted = (await running()) === 1
      // Everything settles with no help from the test: the waiting build starts by itself.
      await expect.poll(async () => (await unfinished()).length, { timeout: 120_000, interval: 500 }).toBe(0)
      await expect.poll(running, { timeout: 10_000, interval: 200 }).toBe(0)
      const builds = (
        await cms.payload.find({
          collection: 'site-builds',
          where: { startedAt: { greater_than: before } },
          sort: 'startedAt',
          depth: 0,
        })
      ).docs
      // One at a time, and after the first only the one that waited behind it.
      for (let i = 1; i < builds.length; i++)
        expect(new Date(builds[i].startedAt!).getTime()).toBeGreaterThanOrEqual(
          new Date(builds[i - 1].finishedAt!).getTime(),
        )
      expect(builds.filter((b) => b.startedAt! > lastApproval).length).toBeLessThanOrEqual(1)
      expect(builds.every((b) => b.status === 'succeeded')).toBe(true)
      // The first build (about 20 s) outlasts the approvals: all of them waited as one build.
      if (outlasted) expect(builds).toHaveLength(2)
      const list = fs.readFileSync(live('/role-models/'), 'utf8')
      for (const name of ['分散审批一', ...names]) expect(list).toContain(name)
    } finally {
      process.env.XIANGFENG_JOBS = 'off'
    }
  }, 240_000)

  test('saving a draft of an unpublished document does not rebuild', async () => {
    await cms.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await cms.payload.create({
      collection: 'role-models',
      data: { ...validDoc('role-models', villageId, 0, 0), name: '只是草稿' } as never,
      draft: true,
    })
    expect(await waitingBuilds()).toBe(0)
  })

  test('a new draft of a live document does not rebuild; unpublishing it does', async () => {
    const doc = await publishThroughReview('将被撤下')
    await cms.payload.jobs.run({ queue: 'site' })
    await cms.payload.update({
      collection: 'role-models',
      id: doc.id,
      data: { summary: '改了草稿。' },
      draft: true,
    })
    expect(await waitingBuilds()).toBe(0)
    await cms.payload.update({ collection: 'role-models', id: doc.id, data: { _status: 'draft' } })
    expect(await waitingBuilds()).toBe(1)
    await cms.payload.jobs.run({ queue: 'site' })
    expect(fs.readFileSync(live('/role-models/'), 'utf8')).not.toContain('将被撤下')
  })

  test.each<[string, number, () => Promise<unknown>]>([
    [
      'deleting a published profile',
      1,
      async () => {
        const doc = await publishThroughReview('将被删除')
        await cms.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
        await cms.payload.delete({ collection: 'role-models', id: doc.id })
      },
    ],
    [
      'changing a village',
      1,
      () =>
        cms.payload.update({
          collection: 'villages',
          id: villageId,
          data: { intro: '清溪村在云溪镇东部。' },
        }),
    ],
    [
      'changing 网站设置',
      1,
      () => cms.payload.updateGlobal({ slug: 'site-settings', data: { siteName: '乡风·云溪（新）' } }),
    ],
    [
      'a screen’s heartbeat',
      0,
      async () => {
        const screen = (await cms.payload.find({ collection: 'screens', limit: 1, overrideAccess: true }))
          .docs[0] as unknown as { id: string | number; key: string }
        const { REST_POST } = await import('@payloadcms/next/routes')
        const response = await REST_POST(cms.config)(
          new Request(`http://localhost/api/screens/${screen.id}/heartbeat`, {
            method: 'POST',
            headers: { 'content-type': 'text/plain' },
            body: JSON.stringify({ key: screen.key, buildId: 'x', uptimeSeconds: 1, lastError: '' }),
          }),
          { params: Promise.resolve({ slug: ['screens', String(screen.id), 'heartbeat'] }) },
        )
        expect(response.status).toBe(200)
      },
    ],
  ])('%s queues %i rebuild(s)', async (_, builds, change) => {
    await cms.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await change()
    expect(await waitingBuilds()).toBe(builds)
  })

  test('the portal is rebuilt once a day even when nothing is published', async () => {
    const handle = () => cms.payload.jobs.handleSchedules({ queue: 'site' })
    // The live build was made today: the hourly check queues nothing.
    expect((await handle()).queued).toHaveLength(0)
    const yesterday = new Date(Date.now() - 86_400_000).toISOString()
    await cms.payload.update({
      collection: 'site-builds',
      where: { status: { equals: 'succeeded' } },
      data: { startedAt: yesterday },
      overrideAccess: true,
    })
    expect((await handle()).queued).toHaveLength(1)
    const scheduled = await cms.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'publishSite' } }, { completedAt: { exists: false } }] },
    })
    expect(scheduled.docs.map((j) => (j.input as { trigger: string }).trigger)).toContain(
      '每日更新（日期、本周讲堂）',
    )
    // Checked again within the hour, it does not queue a second one.
    expect((await handle()).queued).toHaveLength(0)
    await cms.payload.delete({
      collection: 'payload-jobs',
      where: { id: { in: scheduled.docs.map((j) => j.id) } },
    })
  })

  test('the portal is rebuilt within the minute a published notice starts or ends, not before', async () => {
    const handle = () => cms.payload.jobs.handleSchedules({ queue: 'site' })
    // The live build was made a moment ago (today, so the daily rebuild is not due).
    const builtAt = Date.now() - 1000
    await cms.payload.update({
      collection: 'site-builds',
      where: { status: { equals: 'succeeded' } },
      data: { startedAt: new Date(builtAt).toISOString() },
      overrideAccess: true,
    })
    const village = (await cms.payload.find({ collection: 'villages', limit: 1 })).docs[0]
    const notice = await cms.payload.create({
      collection: 'notices',
      data: {
        ...validDoc('notices', village.id, 0, 1),
        validFrom: new Date(builtAt - 3_600_000).toISOString(),
        validUntil: new Date(Date.now() + 3_600_000).toISOString(),
        urgent: true,
        _status: 'published',
      } as never,
      overrideAccess: true,
      context: { seeding: true },
    })
    // Started before the live build and not yet ended: nothing to do.
    expect((await handle()).queued).toHaveLength(0)
    // Its end has passed since the live build was made.
    await cms.payload.update({
      collection: 'notices',
      id: notice.id,
      data: { validUntil: new Date(Math.max(builtAt + 1, Date.now() - 1000)).toISOString() },
      overrideAccess: true,
      context: { seeding: true },
    })
    expect((await handle()).queued).toHaveLength(1)
    const scheduled = await cms.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'publishSite' } }, { completedAt: { exists: false } }] },
    })
    expect(scheduled.docs.map((j) => (j.input as { trigger: string }).trigger)).toContain('通知生效或到期')
    await cms.payload.delete({
      collection: 'payload-jobs',
      where: { id: { in: scheduled.docs.map((j) => j.id) } },
    })
    await cms.payload.delete({
      collection: 'notices',
      id: notice.id,
      overrideAccess: true,
      context: { seeding: true },
    })
  })

  test('a failed build leaves the live site as it was and says why in the record', async () => {
    const liveBefore = fs.realpathSync(liveSiteDir())
    // A village (public without review) that breaks the public contract, written past validation:
    // unlike a reviewed document, which would be withheld, it stops the export.
    const village = (
      await cms.payload.find({ collection: 'villages', where: { slug: { equals: 'shi-qiao-cun' } } })
    ).docs[0]
    await cms.payload.db.updateOne({ collection: 'villages', id: village.id, data: { slug: 'Not A Slug' } })
    const result = await buildSite(cms.payload, 'broken')
    expect(result.ok).toBe(false)
    expect(fs.realpathSync(liveSiteDir())).toBe(liveBefore)
    expect(fs.readFileSync(live('/role-models/qing-xi-cun/zhang-jian-min/'), 'utf8')).toContain(
      '入党三十二年',
    )
    const record = (await cms.payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1 }))
      .docs[0]
    expect(record.status).toBe('failed')
    expect(record.error).toContain('公开数据不符合规范，网站未更新')
    expect(record.error).toContain('石桥村')
  })
})
