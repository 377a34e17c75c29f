import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Snapshot } from '@xiangfeng/content-schema'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { writeSnapshot } from '../../cms/src/publish/export'
import { seed } from '../../cms/src/seed'
import { startCms } from '../helpers/payload'
import { astroBuild } from '../../cms/src/publish/pipeline'
import { filesUnder } from '../helpers/site'

let work: string
let dist: string
let snapshot: Snapshot
let secrets: string[]

const page = (url: string) => fs.readFileSync(path.join(dist, url, 'index.html'), 'utf8')
const scope = (village?: string) => village ?? 'zhen'

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-site-'))
  const cms = await startCms()
  await seed(cms.payload, { now: new Date('2026-11-23T02:00:00Z') })
  snapshot = (await writeSnapshot(cms.payload, path.join(work, 'snapshot'))).snapshot
  const models = (
    await cms.payload.find({ collection: 'role-models', limit: 0, pagination: false, draft: true })
  ).docs
  secrets = models.flatMap(
    (m) =>
      [m.contact?.phone, m.contact?.idNumber, m.contact?.address, m.consent?.scope].filter(
        Boolean,
      ) as string[],
  )
  await cms.close()
  dist = path.join(work, 'dist')
  await astroBuild(path.join(work, 'snapshot'), dist)
})
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

describe('the portal built from the demo township', () => {
  test('every published record has its page', () => {
    const expected = [
      '/',
      '/role-models/',
      '/lectures/',
      '/policies/',
      '/villages/',
      ...snapshot.roleModels.map((m) => `/role-models/${scope(m.village)}/${m.slug}/`),
      ...snapshot.lectureSessions.map((s) => `/lectures/${scope(s.village)}/${s.slug}/`),
      ...snapshot.policyExplainers.map((e) => `/policies/${scope(e.village)}/${e.slug}/`),
      ...snapshot.villages.map((v) => `/villages/${v.slug}/`),
      ...snapshot.villageRules.map((r) => `/villages/${r.village}/rules/${r.slug}/`),
    ]
    const missing = expected.filter((url) => !fs.existsSync(path.join(dist, url, 'index.html')))
    expect(missing).toEqual([])
    expect(expected.length).toBeGreaterThan(60)
  })

  test('no link or picture inside the site leads nowhere', () => {
    const broken: string[] = []
    for (const file of filesUnder(dist).filter((f) => f.endsWith('.html'))) {
      const html = fs.readFileSync(file, 'utf8')
      for (const [, url] of html.matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
        const target = path.join(dist, decodeURI(url))
        const ok = url.endsWith('/') ? fs.existsSync(path.join(target, 'index.html')) : fs.existsSync(target)
        if (!ok) broken.push(`${path.relative(dist, file)} → ${url}`)
      }
    }
    expect(broken).toEqual([])
  })

  test('no private value reaches any built file', () => {
    expect(secrets.length).toBeGreaterThan(40)
    const leaks = filesUnder(dist).flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8')
      return secrets.filter((s) => text.includes(s)).map((s) => `${path.relative(dist, file)}: ${s}`)
    })
    expect(leaks).toEqual([])
  })

  test('pages are in Simplified Chinese and dated like 2026年7月2日 星期四', () => {
    const html = page('/role-models/qing-xi-cun/zhang-jian-min/')
    expect(html).toMatch(/<html lang="zh-CN"/)
    expect(html).toContain('发布于 2026年7月2日 星期四')
    expect(html).toContain('<h2>修路的老支书</h2>')
  })

  test('drafts are not built; superseded and expired items say so', () => {
    expect(fs.existsSync(path.join(dist, 'role-models', 'tao-yuan-cun', 'he-jun'))).toBe(false)
    const old = snapshot.policyExplainers.find((e) => e.policy.validity === 'superseded')!
    expect(page(`/policies/zhen/${old.slug}/`)).toContain('本解读对应的政策已被替代')
    const oldRules = snapshot.villageRules.find((r) => r.status === 'repealed')!
    expect(page(`/villages/${oldRules.village}/rules/${oldRules.slug}/`)).toContain('仅供查阅')
  })

  test('articles are numbered in Chinese and the vote shows counts only', () => {
    const rules = snapshot.villageRules.find((r) => r.status === 'in-force' && r.vote)!
    const html = page(`/villages/${rules.village}/rules/${rules.slug}/`)
    expect(html).toContain('第一条')
    expect(html).toContain(`赞成${rules.vote!.for}人`)
  })

  test('the footer shows the ICP filing number linked to the MIIT site', () => {
    expect(page('/')).toMatch(/<a href="https:\/\/beian\.miit\.gov\.cn\/"[^>]*>陕ICP备/)
  })
})
