/**
 * The migrations on SQLite (MongoDB has no schema migrations): together they make the schema the
 * config describes, and a migration run on a database holding the old shape keeps what editors typed.
 */
import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { schemaChangesWithoutMigration } from '@xiangfeng/cms/db/migrate'
import * as selectionBatches from '@xiangfeng/cms/migrations/20261124_015726_selection_batches'
import * as boardTitles from '@xiangfeng/cms/migrations/20261203_191914_points_board_title'
import * as userTownships from '@xiangfeng/cms/migrations/20261204_030005_user_townships'
import { makeVillage } from '../helpers/fixtures'
import { makeUser, startCms, type TestCms } from '../helpers/payload'

let cms: TestCms

beforeAll(async () => {
  cms = await startCms()
})
afterAll(async () => cms?.close())

test('the migrations make the schema the config describes: a field added without its migration fails here', async () => {
  // The start refuses such a config outside production (db/migrate.ts); this names the cause.
  expect(
    await schemaChangesWithoutMigration(cms.payload),
    'run `npm run migrate:create -w @xiangfeng/cms -- <name>` (README)',
  ).toEqual([])
})

test('down keeps each role model’s batch as its title; up makes each title a draft batch that the role models and their versions point at', async () => {
  const { payload } = cms
  const village = await makeVillage(payload)
  const batch = await payload.create({
    collection: 'selection-batches',
    data: { title: '2025年度“身边好榜样”', announcedOn: '2025-12-30', issuedBy: '云溪镇人民政府' },
    draft: true,
  })
  const named = await payload.create({
    collection: 'role-models',
    data: {
      name: '王大姐',
      subjectType: 'person',
      category: 'good-neighbour',
      summary: '热心肠。',
      village,
      batch: batch.id,
    },
    draft: true,
  })
  const typed = await payload.create({
    collection: 'role-models',
    data: {
      name: '李大哥',
      subjectType: 'person',
      category: 'helping-others',
      summary: '助人为乐。',
      village,
    },
    draft: true,
  })
  const db = (payload.db as unknown as { drizzle: Parameters<typeof selectionBatches.up>[0]['db'] }).drizzle
  const args = { db, payload, req: {} } as Parameters<typeof selectionBatches.up>[0]

  await selectionBatches.down(args)
  const old = await db.all<{ id: number; batch: string | null }>(
    sql`SELECT id, batch FROM role_models ORDER BY id`,
  )
  expect(old.map((r) => r.batch)).toEqual(['2025年度“身边好榜样”', null])
  // As an editor typed it before batches were a collection.
  await db.run(sql`UPDATE role_models SET batch = '2024年度好榜样' WHERE id = ${typed.id}`)
  await db.run(sql`UPDATE _role_models_v SET version_batch = '2024年度好榜样' WHERE parent_id = ${typed.id}`)
  await selectionBatches.up(args)

  const batches = await payload.find({
    collection: 'selection-batches',
    draft: true,
    depth: 0,
    sort: 'title',
  })
  expect(batches.docs.map((b) => [b.title, b._status, b.reviewState])).toEqual([
    ['2024年度好榜样', 'draft', 'draft'],
    ['2025年度“身边好榜样”', 'draft', 'draft'],
  ])
  const idOf = (title: string) => batches.docs.find((b) => b.title === title)!.id
  for (const [model, title] of [
    [named, '2025年度“身边好榜样”'],
    [typed, '2024年度好榜样'],
  ] as const) {
    const latest = await payload.findByID({ collection: 'role-models', id: model.id, draft: true, depth: 0 })
    expect(latest.batch).toBe(idOf(title))
    const versions = await payload.findVersions({
      collection: 'role-models',
      where: { parent: { equals: model.id } },
      depth: 0,
    })
    expect(versions.docs.map((v) => v.version.batch)).toEqual(versions.docs.map(() => idOf(title)))
  }
  // Made from text, never reviewed: nothing about them is public.
  const pub = await payload.find({ collection: 'selection-batches', overrideAccess: false, depth: 0 })
  expect(pub.totalDocs).toBe(0)
})

test('boards saved before they had a title get the one the hook writes, in China’s month', async () => {
  const { payload } = cms
  const township = await payload.create({ collection: 'townships', data: { name: '石桥镇' } })
  const village = (
    await payload.create({ collection: 'villages', data: { name: '石桥村', township: township.id } })
  ).id
  // 16:30 UTC on 31 October is already November in China.
  const board = await payload.create({
    collection: 'points-boards',
    data: { month: '2026-10-31T16:30:00.000Z', village, redList: [], blackList: [] } as never,
    draft: true,
  })
  const db = (payload.db as unknown as { drizzle: Parameters<typeof boardTitles.up>[0]['db'] }).drizzle
  const args = { db, payload, req: {} } as Parameters<typeof boardTitles.up>[0]
  await boardTitles.down(args)
  await boardTitles.up(args)
  const rows = await db.all<{ title: string | null }>(
    sql`SELECT title FROM points_boards WHERE id = ${board.id}`,
  )
  expect(rows).toEqual([{ title: '石桥村2026年11月积分红黑榜' }])
  const versions = await db.all<{ version_title: string | null }>(
    sql`SELECT version_title FROM _points_boards_v WHERE parent_id = ${board.id}`,
  )
  expect(versions.map((v) => v.version_title)).toEqual(['石桥村2026年11月积分红黑榜'])
})

test('up gives staff with township roles every township; officers and the administrator get none', async () => {
  const { payload } = cms
  const other = await payload.create({ collection: 'townships', data: { name: '桃源镇' } })
  const editor = await makeUser(payload, 'editor@townships.example', ['township-editor'])
  const reviewer = await makeUser(payload, 'reviewer@townships.example', ['township-reviewer', 'leader'])
  const officer = await makeUser(payload, 'officer@townships.example', ['village-officer'])
  const admin = await makeUser(payload, 'admin@townships.example', ['admin'])
  const db = (payload.db as unknown as { drizzle: Parameters<typeof userTownships.up>[0]['db'] }).drizzle
  const args = { db, payload, req: {} } as Parameters<typeof userTownships.up>[0]
  await userTownships.down(args)
  await userTownships.up(args)
  const all = (await payload.find({ collection: 'townships', limit: 0, depth: 0 })).docs.map((t) => t.id)
  expect(all).toContain(other.id)
  const townshipsOf = async (id: string | number) =>
    ((await payload.findByID({ collection: 'users', id, depth: 0 })).townships ?? []).map(String).sort()
  expect(await townshipsOf(editor.id)).toEqual(all.map(String).sort())
  expect(await townshipsOf(reviewer.id)).toEqual(all.map(String).sort())
  expect(await townshipsOf(officer.id)).toEqual([])
  expect(await townshipsOf(admin.id)).toEqual([])
})
