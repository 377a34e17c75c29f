/**
 * A build cut off by a restart does not stay 生成中: the next start of the CMS (a real `next start`
 * on the same database) marks it interrupted and builds again. A build another machine runs is
 * left alone.
 */
import os from 'node:os'

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
}, 150_000)
