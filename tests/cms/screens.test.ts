/** Village screens: their public settings, their private key, and the heartbeat that reports their status. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { isOnHours, TIME_PATTERN } from '@xiangfeng/content-schema'

import { screenStatus } from '@xiangfeng/cms/collections/Screens/status'
import { exportSnapshot } from '@xiangfeng/cms/publish/export'
import { DEMO_PASSWORD } from '@xiangfeng/cms/seed/data/places'
import { apiClient, startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
let screen: { id: number | string; key: string; name: string }

beforeAll(async () => {
  cms = await startCms({ seeded: true })
  api = await apiClient(cms.config)
  const found = await cms.payload.find({
    collection: 'screens',
    where: { slug: { equals: 'da-ting-dian-shi' } },
    overrideAccess: true,
  })
  screen = found.docs[0] as never
})
afterAll(() => cms?.close())

describe('screens', () => {
  test('each screen gets a random key that the public never sees', async () => {
    expect(screen.key).toMatch(/^[0-9a-f]{32}$/)
    const { status, body } = await api.get('/screens?depth=0')
    expect(status).toBe(200)
    expect(body.docs.length).toBe(2)
    for (const doc of body.docs) {
      expect(doc.key).toBeUndefined()
      expect(doc.lastSeenAt).toBeUndefined()
      expect(doc.status).toBeUndefined()
    }
    const snapshot = await exportSnapshot(cms.payload)
    expect(snapshot.screens.map((s) => s.slug).sort()).toEqual(['da-ting-dian-shi', 'li-shi-ping'])
    expect(JSON.stringify(snapshot)).not.toContain(screen.key)
  })

  test('a heartbeat with the right key records that screen’s status and nothing else', async () => {
    const { status } = await api.post(`/screens/${screen.id}/heartbeat`, {
      key: screen.key,
      buildId: '20261123-080000000',
      uptimeSeconds: 3600.7,
      lastError: '',
      // Anything else in a report is ignored.
      name: '被篡改的名字',
      slideSeconds: 1,
    })
    expect(status).toBe(200)
    const after = await cms.payload.findByID({ collection: 'screens', id: screen.id, overrideAccess: true })
    expect(after.name).toBe(screen.name)
    expect(after.slideSeconds).toBe(12)
    expect(after.buildId).toBe('20261123-080000000')
    expect(after.uptimeSeconds).toBe(3600)
    expect(Date.now() - new Date(after.lastSeenAt!).getTime()).toBeLessThan(60_000)
  })

  test('a heartbeat without the right key is refused in Chinese and changes nothing', async () => {
    const before = await cms.payload.findByID({ collection: 'screens', id: screen.id, overrideAccess: true })
    const wrong = await api.post(`/screens/${screen.id}/heartbeat`, { key: '0'.repeat(32), buildId: 'evil' })
    expect(wrong.status).toBe(403)
    expect(wrong.body.errors[0].message).toBe('没有这块大屏，或大屏密钥不对。')
    const missing = await api.post(`/screens/99999/heartbeat`, { key: screen.key })
    expect(missing.status).toBe(403)
    const after = await cms.payload.findByID({ collection: 'screens', id: screen.id, overrideAccess: true })
    expect(after.buildId).toBe(before.buildId)
    expect(after.lastSeenAt).toBe(before.lastSeenAt)
  })

  test('nobody edits a reported field through the API, not even an administrator', async () => {
    const token = await api.login('admin@yunxi.example', DEMO_PASSWORD)
    const { status } = await api.patch(
      `/screens/${screen.id}`,
      { buildId: 'typed-by-hand', name: '大厅电视' },
      { token },
    )
    expect(status).toBe(200)
    const after = await cms.payload.findByID({ collection: 'screens', id: screen.id, overrideAccess: true })
    expect(after.name).toBe('大厅电视')
    expect(after.buildId).toBe('20261123-080000000')
  })

  test('status: online when seen lately, offline when not, scheduled off outside its hours', () => {
    const hours = [{ weekday: '1', on: '08:00', off: '18:00' }]
    // Monday 2026-11-23, 10:00 in China is 02:00 UTC.
    const mondayMorning = new Date('2026-11-23T02:00:00Z')
    const seen = (minutesAgo: number) => new Date(mondayMorning.getTime() - minutesAgo * 60_000).toISOString()
    expect(screenStatus({ hours, lastSeenAt: seen(3) }, mondayMorning)).toBe('online')
    expect(screenStatus({ hours, lastSeenAt: seen(30) }, mondayMorning)).toBe('offline')
    expect(screenStatus({ hours, lastSeenAt: null }, mondayMorning)).toBe('offline')
    // 19:00 on Monday, and any time on Tuesday (no row): scheduled off, even if silent for hours.
    expect(screenStatus({ hours, lastSeenAt: seen(600) }, new Date('2026-11-23T11:00:00Z'))).toBe(
      'scheduled-off',
    )
    expect(screenStatus({ hours, lastSeenAt: null }, new Date('2026-11-24T02:00:00Z'))).toBe('scheduled-off')
  })

  test('a screen on 00:00–24:00 is on through the whole day, its first and last minute included', () => {
    const hours = [{ weekday: '1', on: '00:00', off: '24:00' }]
    // Monday 00:00:30 and 23:59:30 in China; then Tuesday, which has no row.
    expect(isOnHours(hours, new Date('2026-11-22T16:00:30Z'))).toBe(true)
    expect(isOnHours(hours, new Date('2026-11-23T15:59:30Z'))).toBe(true)
    expect(isOnHours(hours, new Date('2026-11-23T16:00:30Z'))).toBe(false)
    expect(['24:00', '23:59', '00:00'].every((t) => TIME_PATTERN.test(t))).toBe(true)
    expect(['24:01', '25:00', '8:00', '2400'].some((t) => TIME_PATTERN.test(t))).toBe(false)
  })

  test('staff see the computed status, each of the three; a closing time before the opening time is refused in Chinese', async () => {
    const token = await api.login('editor@yunxi.example', DEMO_PASSWORD)
    const allWeek = ['1', '2', '3', '4', '5', '6', '7'].map((weekday) => ({
      weekday,
      on: '00:00',
      off: '24:00',
    }))
    const statusWith = async (data: Record<string, unknown>) => {
      await cms.payload.update({
        collection: 'screens',
        id: screen.id,
        data: data as never,
        overrideAccess: true,
        context: { statusReport: true },
      })
      return (await api.get(`/screens/${screen.id}`, { token })).body.status
    }
    const now = Date.now()
    expect(await statusWith({ hours: allWeek, lastSeenAt: new Date(now - 60_000).toISOString() })).toBe(
      'online',
    )
    // Ten minutes without a report (five missed) on hours: offline.
    expect(await statusWith({ lastSeenAt: new Date(now - 11 * 60_000).toISOString() })).toBe('offline')
    // No hours at all: off as scheduled, whatever it last reported.
    expect(await statusWith({ hours: [], lastSeenAt: new Date(now - 60_000).toISOString() })).toBe(
      'scheduled-off',
    )
    const { body } = await api.get(`/screens/${screen.id}`, { token })
    expect(body.key).toBe(screen.key)
    const bad = await api.patch(
      `/screens/${screen.id}`,
      { hours: [{ weekday: '1', on: '18:00', off: '08:00' }] },
      { token },
    )
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('关屏时间（08:00）要晚于开屏时间（18:00）')
  })
})
