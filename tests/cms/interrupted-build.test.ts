/**
 * A build cut off by a restart does not stay 生成中: the next start of the CMS (a real `next start`
 * on the same database) marks it interrupted, clears the job it left processing, and builds again. A build another machine runs is
 * left alone.
 */
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { afterAll, expect, test } from 'vitest'

import { makeUser, startCms } from '../helpers/payload'
import { type RunningCms, serveCms } from '../helpers/server'

let server: RunningCms | undefined
afterAll(async () => server?.stop())

test('at start-up a build whose process is gone is marked interrupted and a new build runs', async () => {
  const cms = await startCms()
  await makeUser(cms.payload, 'admin@restart.example', ['admin'])
  const record = (buildId: string, runner: string) =>
    cms.payload.create({
      collection: 'site-builds',
      data: { status: 'running', trigger: '发布', buildId, startedAt: new Date().toISOString(), runner },
      overrideAccess: true,
    })
  // Pid 2^22+1 is above Linux's pid_max: no process has it.
  const dead = await record('dead', `${os.hostname()}:4194305`)
  const elsewhere = await record('elsewhere', 'another-host:12345')
  // The jobs those processes left `processing`: the dead build's holds the portal's build key.
  const job = (taskSlug: string, queue: string, runner: string) =>
    cms.payload.db.create({
      collection: 'payload-jobs',
      data: {
        taskSlug,
        queue,
        input: {},
        processing: true,
        concurrencyKey: taskSlug === 'publishSite' ? 'portal' : undefined,
        meta: { runner },
      },
    })
  const deadJob = await job('publishSite', 'site', `${os.hostname()}:4194305`)
  const elsewhereJob = await job('importRows', 'import', 'another-host:12345')
  await cms.close({ keepData: true })

  server = await serveCms({ dataDir: cms.dataDir, env: { XIANGFENG_JOBS: 'on' } })
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@restart.example', password: 'test-password-1' }),
  })
  const { token } = await login.json()
  const builds = async () =>
    (
      await (
        await fetch(`${server!.url}/api/site-builds?limit=20&sort=startedAt`, {
          headers: { authorization: `JWT ${token}` },
        })
      ).json()
    ).docs as { id: unknown; status: string; trigger: string; error?: string }[]
  const byId = async (id: unknown) => (await builds()).find((b) => b.id === id)!
  expect((await byId(dead.id)).status).toBe('interrupted')
  expect((await byId(dead.id)).error).toContain('被中断')
  expect((await byId(elsewhere.id)).status).toBe('running')
  await expect
    .poll(async () => (await builds()).find((b) => b.trigger === '重新生成（上次生成被中断）')?.status, {
      timeout: 90_000,
      interval: 1000,
    })
    .toBe('succeeded')
  // Read beside the running server, as another reader of its SQLite file.
  const db = createClient({ url: `file:${path.join(cms.dataDir, 'test.db')}` })
  const jobs = (await db.execute('SELECT id, processing, has_error FROM payload_jobs')).rows
  db.close()
  const state = (id: unknown) => jobs.find((j) => String(j.id) === String(id))
  expect(state(deadJob.id)).toMatchObject({ processing: 0, has_error: 1 })
  expect(state(elsewhereJob.id)).toMatchObject({ processing: 1 })
}, 150_000)
