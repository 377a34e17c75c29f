/**
 * A county's PostgreSQL with a streaming replica (pg_basebackup, hot standby) on loopback ports:
 * the primary stops, the replica is promoted, and the CMS started on it has every document the
 * primary had taken, and takes writes. The CMS follows a takeover by being restarted with the
 * new DATABASE_URL (node-postgres takes one host): README, "To a county".
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { makeUser, startCms } from '../helpers/payload'
import { type PostgresCluster, startPostgres } from '../helpers/postgres'
import { type RunningCms, serveCms } from '../helpers/server'

let primary: PostgresCluster
let replica: PostgresCluster
let server: RunningCms | undefined
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-replica-'))

beforeAll(async () => {
  primary = await startPostgres()
  await primary.query('CREATE DATABASE xiangfeng')
}, 120_000)
afterAll(async () => {
  await server?.stop()
  await replica?.remove()
  await primary?.remove()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

test('the promoted replica has what the primary took before it stopped, and the CMS writes on it', async () => {
  const cms = await startCms({ databaseUrl: primary.url('xiangfeng'), dataDir })
  const township = await cms.payload.create({ collection: 'townships', data: { name: '云溪镇' } })
  await makeUser(cms.payload, 'editor@replica.example', ['township-editor'])
  // The replica copies the primary as it is now, then follows its stream.
  replica = await startPostgres({ standbyOf: primary })
  const late = await cms.payload.create({ collection: 'townships', data: { name: '复制后写入镇' } })
  await expect
    .poll(
      async () =>
        (await replica.query(`SELECT name FROM townships WHERE id = ${Number(late.id)}`, 'xiangfeng')).length,
      { timeout: 30_000, interval: 200 },
    )
    .toBe(1)
  // A standby takes no writes.
  await expect(replica.query(`DELETE FROM townships`, 'xiangfeng')).rejects.toThrow(/read-only/)
  await cms.close({ keepData: true })

  await primary.stop()
  await replica.promote()
  server = await serveCms({ dataDir, env: { DATABASE_URL: replica.url('xiangfeng') } })
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@replica.example', password: 'test-password-1' }),
  })
  expect(login.status).toBe(200)
  const headers = {
    'content-type': 'application/json',
    authorization: `JWT ${(await login.json()).token}`,
  }
  const names = async () =>
    (
      (await (await fetch(`${server!.url}/api/townships?limit=10&sort=id`, { headers })).json()) as {
        docs: { name: string }[]
      }
    ).docs.map((t) => t.name)
  expect(await names()).toEqual(['云溪镇', '复制后写入镇'])
  const renamed = await fetch(`${server.url}/api/townships/${township.id}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ name: '云溪镇（接管后）' }),
  })
  expect(renamed.status).toBe(200)
  expect(await names()).toEqual(['云溪镇（接管后）', '复制后写入镇'])
}, 240_000)
