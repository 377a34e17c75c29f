import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { Snapshot } from '@xiangfeng/content-schema'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { writeSnapshot } from '@xiangfeng/cms/publish/export'
import { startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let dir: string
let snapshot: Snapshot

const filesUnder = (root: string): string[] =>
  fs
    .readdirSync(root, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(root, e.name)) : [path.join(root, e.name)]))

beforeAll(async () => {
  cms = await startCms({ seeded: true })
  dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-snapshot-')), 'public')
  await writeSnapshot(cms.payload, dir)
  snapshot = Snapshot.parse(JSON.parse(fs.readFileSync(path.join(dir, 'snapshot.json'), 'utf8')))
})
afterAll(async () => {
  await cms?.close()
  fs.rmSync(path.dirname(dir), { recursive: true, force: true })
})

describe('the public snapshot', () => {
  test('holds every published document and nothing else', async () => {
    const published = async (
      collection: 'role-models' | 'lecture-sessions' | 'policy-explainers' | 'village-rules',
    ) => (await cms.payload.count({ collection, where: { _status: { equals: 'published' } } })).totalDocs
    expect(snapshot.roleModels).toHaveLength(await published('role-models'))
    expect(snapshot.lectureSessions).toHaveLength(await published('lecture-sessions'))
    expect(snapshot.policyExplainers).toHaveLength(await published('policy-explainers'))
    expect(snapshot.villageRules).toHaveLength(await published('village-rules'))
    expect(snapshot.roleModels.map((m) => m.name)).not.toContain('何军')
    expect(snapshot.villages.map((v) => v.slug)).toEqual(
      expect.arrayContaining(['qing-xi-cun', 'tao-yuan-cun']),
    )
  })

  test('contains no private value from the database, in any file', async () => {
    const models = (
      await cms.payload.find({ collection: 'role-models', limit: 0, pagination: false, draft: true })
    ).docs
    const secrets = models.flatMap(
      (m) =>
        [
          m.contact?.phone,
          m.contact?.idNumber,
          m.contact?.address,
          m.consent?.scope,
          m.consent?.signedOn,
        ].filter(Boolean) as string[],
    )
    expect(secrets.length).toBeGreaterThan(40)
    const files = filesUnder(dir)
    for (const file of files) {
      const text = fs.readFileSync(file).toString('latin1') + fs.readFileSync(file, 'utf8') + file
      expect(
        secrets.filter((s) => text.includes(s)),
        file,
      ).toEqual([])
    }
    const json = fs.readFileSync(path.join(dir, 'snapshot.json'), 'utf8')
    for (const key of ['contact', 'consent', 'reviewHistory', 'reviewState', 'flaggedWords', 'publishAt']) {
      expect(json).not.toContain(`"${key}"`)
    }
  })

  test('links by slug, renders rich text as HTML and reads dates as Chinese calendar days', () => {
    const model = snapshot.roleModels.find((m) => m.name === '张建民')!
    expect(model.village).toBe('qing-xi-cun')
    expect(model.story).toContain('<h2>修路的老支书</h2>')
    expect(model.honours[0].awardedOn).toBe('2026-07-01')
    const session = snapshot.lectureSessions.find((s) => s.roleModels.length > 0)!
    expect(snapshot.roleModels.map((m) => m.slug)).toEqual(expect.arrayContaining(session.roleModels))
    const rules = snapshot.villageRules.find((r) => r.supersedes)!
    expect(snapshot.villageRules.find((r) => r.slug === rules.supersedes)?.status).toBe('repealed')
  })

  test('copies every picture it names', () => {
    const sources = [
      ...snapshot.roleModels.flatMap((m) => [m.portrait, ...m.photos]),
      ...snapshot.lectureSessions.flatMap((s) => s.recap?.photos ?? []),
    ].filter(Boolean)
    expect(sources.length).toBeGreaterThan(20)
    for (const picture of sources) expect(fs.existsSync(path.join(dir, 'public', picture!.src))).toBe(true)
  })
})
