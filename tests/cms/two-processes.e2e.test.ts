/**
 * Two CMS processes on one database, as a county runs a second one for the admin: the second has
 * XIANGFENG_JOBS=off, so a publish through it is built by the first, once. On one SQLite file, and
 * in the `postgres` project on one PostgreSQL database.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { buildSite } from '@xiangfeng/cms/publish/pipeline'
import { DEMO_PASSWORD } from '@xiangfeng/cms/seed/data/places'
import { startCms } from '../helpers/payload'
import { type RunningCms, serveCms } from '../helpers/server'

let runsJobs: RunningCms
let adminOnly: RunningCms
let dataDir: string
let profileId: string

beforeAll(async () => {
  const cms = await startCms({ seeded: true })
  dataDir = cms.dataDir
  const { databaseUrl } = cms
  profileId = String(
    (await cms.payload.find({ collection: 'role-models', where: { slug: { equals: 'zhang-jian-min' } } }))
      .docs[0].id,
  )
  expect((await buildSite(cms.payload, 'test')).ok).toBe(true)
  await cms.close({ keepData: true })
  runsJobs = await serveCms({ dataDir, env: { XIANGFENG_JOBS: 'on', DATABASE_URL: databaseUrl } })
  adminOnly = await serveCms({ dataDir, env: { XIANGFENG_JOBS: 'off', DATABASE_URL: databaseUrl } })
}, 240_000)
afterAll(async () => {
  // The admin-only one first: stopping a server removes the shared data folder.
  await adminOnly?.stop()
  await runsJobs?.stop()
})

async function signIn(server: RunningCms, email: string) {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  expect(response.status).toBe(200)
  return { 'content-type': 'application/json', authorization: `JWT ${(await response.json()).token}` }
}

const builds = async () =>
  (
    await (
      await fetch(`${runsJobs.url}/api/site-builds?limit=100&depth=0&sort=-startedAt`, {
        headers: await signIn(runsJobs, 'editor@yunxi.example'),
      })
    ).json()
  ).docs as { status: string; trigger: string; runner: string }[]

test('a publish through the process that runs no jobs is built once, by the one that does', async () => {
  const before = (await builds()).length
  const summary = `第二个进程发布的简介 ${Date.now()}`
  const editor = await signIn(adminOnly, 'editor@yunxi.example')
  const edited = await fetch(`${adminOnly.url}/api/role-models/${profileId}?draft=true`, {
    method: 'PATCH',
    headers: editor,
    body: JSON.stringify({ summary }),
  })
  expect(edited.status).toBe(200)
  for (const [email, action] of [
    ['editor@yunxi.example', 'submit'],
    ['reviewer@yunxi.example', 'review'],
    ['leader@yunxi.example', 'approve'],
  ]) {
    const response = await fetch(`${adminOnly.url}/api/role-models/${profileId}/review`, {
      method: 'POST',
      headers: await signIn(adminOnly, email),
      body: JSON.stringify({ action }),
    })
    expect(response.status, action).toBe(200)
  }
  const live = path.join(
    dataDir,
    'site',
    'current',
    'role-models',
    'qing-xi-cun',
    'zhang-jian-min',
    'index.html',
  )
  // The first process's job schedule looks for queued builds every minute.
  await expect
    .poll(() => fs.readFileSync(live, 'utf8'), { timeout: 90_000, interval: 1000 })
    .toContain(summary)
  // Long enough for a second build to have started had either process queued or run one.
  await new Promise((resolve) => setTimeout(resolve, 3000))
  const after = await builds()
  expect(after.length).toBe(before + 1)
  expect(after[0].status).toBe('succeeded')
  expect(after[0].runner).toMatch(new RegExp(`:${runsJobs.pid}$`))
  // The admin-only process serves the admin as well.
  expect((await fetch(`${adminOnly.url}/admin/login`)).status).toBe(200)
}, 180_000)
