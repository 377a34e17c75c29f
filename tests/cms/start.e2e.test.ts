/**
 * `npm start` itself, as a new user runs it: on an empty data folder it migrates, loads the demo
 * township, exports and builds the portal, serves the CMS and the portal on PORT and SITE_PORT at
 * HOST, and prints where they are; started again on the same folder, it serves the last good build
 * at once, rebuilds behind it, and changes no document.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, expect, test } from 'vitest'

import { DEMO_PASSWORD } from '@xiangfeng/cms/seed/data/places'
import { freePort, rootDir } from '../helpers/server'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-start-'))
let running: ChildProcess | undefined
afterAll(async () => {
  await stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

let output = ''
async function start(port: number, sitePort: number, until = 'Press Ctrl+C to stop.') {
  output = ''
  // A new user's shell: nothing set but the ports, the address and where the data goes.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    SITE_PORT: String(sitePort),
    HOST: '127.0.0.1',
    XIANGFENG_DATA_DIR: dataDir,
  }
  for (const name of [
    'DATABASE_URL',
    'SITE_URL',
    'XIANGFENG_CMS_URL',
    'PAYLOAD_SECRET',
    'XIANGFENG_JOBS',
    'SERVER_URL',
  ])
    delete env[name]
  running = spawn(process.execPath, [path.join(rootDir, 'cms', 'scripts', 'start.mjs')], {
    cwd: rootDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.stdout!.on('data', (chunk) => (output += chunk))
  running.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise((resolve) => running!.once('exit', resolve))
  await Promise.race([
    expect.poll(() => output, { timeout: 300_000, interval: 100 }).toContain(until),
    exited.then(() => {
      throw new Error(`npm start exited:\n${output.slice(-3000)}`)
    }),
  ])
  return output
}

async function stop() {
  if (!running || running.exitCode !== null) return
  const exited = new Promise((resolve) => running!.once('exit', resolve))
  running.kill('SIGTERM')
  await exited
}

const json = async (url: string, init?: RequestInit) => (await fetch(url, init)).json()

/** What a restart must leave as it was: every document the demo loaded, counted over REST as the editor. */
async function documentCounts(api: string) {
  const { token } = await json(`${api}/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@yunxi.example', password: DEMO_PASSWORD }),
  })
  const counts: Record<string, number> = {}
  for (const collection of [
    'users',
    'townships',
    'villages',
    'role-models',
    'lecture-sessions',
    'policy-explainers',
    'village-rules',
    'screens',
    'media',
  ]) {
    counts[collection] = (
      await json(`${api}/${collection}?limit=1&depth=0&draft=true`, {
        headers: { authorization: `JWT ${token}` },
      })
    ).totalDocs
  }
  return counts
}

test('npm start serves a built demo on the given ports, prints where and when, and a restart serves at once and changes nothing', async () => {
  const [port, sitePort] = [await freePort(), await freePort()]
  await start(port, sitePort)
  const portal = `http://127.0.0.1:${sitePort}/`
  const admin = `http://127.0.0.1:${port}/admin`
  const api = `http://127.0.0.1:${port}/api/role-models`
  for (const printed of [
    portal,
    admin,
    api,
    `${portal}kiosk/qing-xi-cun/`,
    'qingxi@yunxi.example',
    DEMO_PASSWORD,
  ])
    expect(output, printed).toContain(printed)
  // When each demo screen is on, on its own line.
  expect(output).toMatch(/kiosk\/qing-xi-cun\/da-ting-dian-shi\/ +一楼大厅电视　* 每天 08:00–18:00\n/)
  expect(output).toMatch(
    /kiosk\/tao-yuan-cun\/li-shi-ping\/ +服务大厅立式屏　* 周一至周五 08:00–18:00；周六 08:00–12:00；周日关闭\n/,
  )

  const home = await fetch(portal)
  expect(home.status).toBe(200)
  expect(await home.text()).toContain('乡风·云溪')
  expect((await fetch(`${portal}role-models/qing-xi-cun/zhang-jian-min/`)).status).toBe(200)
  expect((await fetch(admin, { redirect: 'manual' })).status).toBeLessThan(400)
  // The printed REST address answers, with the published role models.
  const published = await json(`${api}?limit=1&depth=0`)
  expect(published.totalDocs).toBeGreaterThan(5)
  const before = await documentCounts(`http://127.0.0.1:${port}/api`)
  expect(before['role-models']).toBeGreaterThan(published.totalDocs - 1)
  const firstBuild = fs.readlinkSync(path.join(dataDir, 'site', 'current'))
  await stop()

  // Again, on the same folder: the last build is served before the CMS is up.
  const [port2, sitePort2] = [await freePort(), await freePort()]
  const portal2 = `http://127.0.0.1:${sitePort2}/`
  await start(port2, sitePort2, 'serving the last good build')
  const early = await fetch(portal2)
  expect(output).not.toContain('Press Ctrl+C to stop.')
  expect(early.status).toBe(200)
  expect(await early.text()).toContain('乡风·云溪')
  await expect.poll(() => output, { timeout: 300_000, interval: 500 }).toContain('Press Ctrl+C to stop.')
  // No second demo, nothing changed; the portal rebuilt behind it and switched to the new build.
  expect(await documentCounts(`http://127.0.0.1:${port2}/api`)).toEqual(before)
  await expect
    .poll(() => fs.readlinkSync(path.join(dataDir, 'site', 'current')), { timeout: 120_000, interval: 1000 })
    .not.toBe(firstBuild)
  expect((await fetch(portal2)).status).toBe(200)
  await stop()
}, 900_000)
