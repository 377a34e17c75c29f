/**
 * Points boards in the CMS and as the public gets them: a red-list household is named only with
 * its consent on record, the black list has nowhere to put a name, articles must exist in the
 * village's rules, and one board per village and month. Generated names are put everywhere an
 * officer might type them; a real build of the result must contain none of them.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { astroBuild } from '@xiangfeng/cms/publish/pipeline'
import { writeSnapshot } from '@xiangfeng/cms/publish/export'
import { reviewQueue } from '@xiangfeng/cms/workflow/queue'
import { docInState, makeVillage, validDoc } from '../helpers/fixtures'
import { apiClient, makeUser, startCms, type TestCms, validationMessage } from '../helpers/payload'
import { filesUnder, sharedImageCache } from '../helpers/site'

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
let village: string | number
let rules: string | number
let work: string

beforeAll(async () => {
  cms = await startCms()
  api = await apiClient(cms.config)
  village = await makeVillage(cms.payload)
  rules = (
    await cms.payload.create({
      collection: 'village-rules',
      data: { ...validDoc('village-rules', village, 0, 1), _status: 'published' } as never,
      context: { seeding: true },
    })
  ).id
  const officer = await makeUser(cms.payload, 'officer@points.example', ['village-officer'])
  await cms.payload.update({ collection: 'users', id: officer.id, data: { villages: [village] } as never })
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-points-'))
})
afterAll(async () => {
  await cms?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

/** Names as an officer would type them, different on every run: none may be in a built file. */
const surnames = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张'
const given = '桂兰建国秀英德明春花志强玉珍国庆海燕红梅'
const generatedName = () =>
  surnames[Math.floor(Math.random() * surnames.length)] +
  Array.from({ length: 2 }, () => given[Math.floor(Math.random() * given.length)]).join('')

const board = (data: Record<string, unknown>, n = Math.floor(Math.random() * 1e5)) => ({
  ...validDoc('points-boards', village, 0, n),
  rules,
  ...data,
})

describe('entering a board', () => {
  test('naming a household without the day it agreed is refused, in Chinese, on a draft too', async () => {
    const message = await validationMessage(
      cms.payload.create({
        collection: 'points-boards',
        data: board({
          redList: [{ household: '张家', group: '一组', points: 5, deeds: '助人', named: true }],
        }) as never,
        draft: true,
      }),
    )
    expect(message).toBe(
      'redList.0.namedConsentOn: 公示户名前，请先填写户名和该户同意公示的日期；不同意的，红榜只显示“某组某户”。',
    )
  })

  test('an article the village rules do not have is refused', async () => {
    const message = await validationMessage(
      cms.payload.create({
        collection: 'points-boards',
        data: board({ blackList: [{ category: 'clutter', households: 2, article: 99 }] }) as never,
      }),
    )
    expect(message).toBe('blackList.0.article: 所选村规民约没有第99条，请核对条款序号。')
  })

  test('a second board for the same village and month is refused, also as a draft, naming the month', async () => {
    const month = '2031-03-15T00:00:00.000Z'
    await cms.payload.create({ collection: 'points-boards', data: board({ month }) as never, draft: true })
    const token = await api.login('officer@points.example', 'test-password-1')
    const { status, body } = await api.post('/points-boards?draft=true', board({ month }), { token })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toContain('本村2031年3月的红黑榜已经有了，请打开那一期修改。')
  })
})

describe('what staff see', () => {
  test('a board is titled by its village and month in lists and in the review queue', async () => {
    const author = await makeUser(cms.payload, 'author@points.example', ['township-editor'])
    const board = await docInState(
      cms.payload,
      'points-boards',
      { ...validDoc('points-boards', village, 0, 0), month: '2026-10-31T16:00:00.000Z' },
      'submitted',
      { author: author.id, reviewer: author.id },
    )
    expect((board as { title?: string }).title).toBe('清溪村2026年11月积分红黑榜')
    expect(cms.payload.collections['points-boards'].config.admin.useAsTitle).toBe('title')
    const reviewer = await makeUser(cms.payload, 'reviewer@points.example', ['township-reviewer'])
    const queue = await reviewQueue(cms.payload, reviewer)
    expect(queue.find((item) => String(item.id) === String(board.id))?.title).toBe(
      '清溪村2026年11月积分红黑榜',
    )
    // A later month's edit retitles it.
    const moved = await cms.payload.update({
      collection: 'points-boards',
      id: board.id,
      data: { month: '2026-11-30T16:00:00.000Z' },
      draft: true,
      depth: 0,
    })
    expect(moved.title).toBe('清溪村2026年12月积分红黑榜')
  })
})

describe('what the public gets', () => {
  test('no generated name of an unconsenting household or typed into the black list reaches a built file', async () => {
    const named = generatedName() + '家'
    const hidden = Array.from({ length: 6 }, () => generatedName() + '家')
    const token = await api.login('officer@points.example', 'test-password-1')
    const { status, body } = await api.post(
      '/points-boards?draft=true',
      board(
        {
          month: '2032-05-15T00:00:00.000Z',
          redList: [
            {
              household: named,
              group: '一组',
              points: 30,
              deeds: '清理河道',
              article: 1,
              named: true,
              namedConsentOn: '2032-05-02',
            },
            ...hidden
              .slice(0, 3)
              .map((household, i) => ({ household, group: `${i + 2}组`, points: 10, deeds: '孝老爱亲' })),
          ],
          // Names where the black list has no field for them: the API stores none of it.
          blackList: hidden.slice(3).map((name) => ({
            category: 'clutter',
            households: 1,
            household: name,
            names: [name],
            note: name,
          })),
        },
        1,
      ),
      { token },
    )
    expect(status, JSON.stringify(body)).toBe(201)
    await cms.payload.update({
      collection: 'points-boards',
      id: body.doc.id,
      data: { _status: 'published', reviewState: 'published' } as never,
      overrideAccess: true,
      context: { seeding: true },
    })
    // The public API, the snapshot and the built portal and kiosk.
    const { body: anonymous } = await api.get(`/points-boards/${body.doc.id}?depth=0`)
    const snapshotDir = path.join(work, 'snapshot')
    const { snapshot } = await writeSnapshot(cms.payload, snapshotDir)
    const exported = snapshot.pointsBoards.find((b) => b.id === String(body.doc.id))!
    expect(exported.redList.map((r) => r.household ?? `${r.group}某户`)).toEqual([
      named,
      '2组某户',
      '3组某户',
      '4组某户',
    ])
    expect(exported.blackList).toEqual([
      { category: 'clutter', households: 1 },
      { category: 'clutter', households: 1 },
      { category: 'clutter', households: 1 },
    ])
    const dist = path.join(work, 'dist')
    await astroBuild(snapshotDir, dist, { imageCache: sharedImageCache })
    const built = filesUnder(dist).filter((f) => /\.(html|json|js|xml)$/.test(f))
    const boardPage = fs.readFileSync(
      path.join(dist, 'villages', exported.village, 'points', 'index.html'),
      'utf8',
    )
    expect(boardPage).toContain(named)
    expect(boardPage).toContain('2组某户')
    const texts = [
      JSON.stringify(anonymous),
      fs.readFileSync(path.join(snapshotDir, 'snapshot.json'), 'utf8'),
    ]
    texts.push(...built.map((f) => fs.readFileSync(f, 'utf8')))
    for (const name of hidden)
      expect(
        texts.filter((t) => t.includes(name)),
        name,
      ).toEqual([])
  }, 120_000)
})
