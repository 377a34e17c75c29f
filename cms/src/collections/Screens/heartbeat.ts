import crypto from 'node:crypto'

import { chinaDay, isOnHours, type WeeklyHours } from '@xiangfeng/content-schema'
import type { Endpoint, Payload, Where } from 'payload'

/** A status report may name its build and its last error, briefly. */
const clip = (value: unknown, max: number) =>
  typeof value === 'string' && value.length > 0 ? value.slice(0, max) : null

const sameKey = (given: string, expected: string) => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}

const MAX_REPORT_BYTES = 4096
/** A kiosk reports every two minutes; more than one report in ten seconds is not a kiosk. */
const MIN_REPORT_INTERVAL_MS = 10_000
/** When each screen's last accepted report came, in this process. */
const lastReport = new Map<string, number>()

/** One more report in the screen's day, when it came during the screen's hours (统计's on-line share). */
async function countReport(payload: Payload, screen: { id: string | number; hours?: unknown }, now: Date) {
  if (!isOnHours((screen.hours ?? []) as WeeklyHours, now)) return
  const day = chinaDay(now)
  const where: Where = { and: [{ screen: { equals: screen.id } }, { day: { equals: day } }] }
  const { docs } = await payload.find({
    collection: 'screen-days',
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (docs[0]) {
    await payload.update({
      collection: 'screen-days',
      id: docs[0].id,
      data: { reports: (docs[0].reports ?? 0) + 1 },
      overrideAccess: true,
    })
  } else {
    await payload.create({
      collection: 'screen-days',
      data: { screen: screen.id as number, day, reports: 1 },
      overrideAccess: true,
    })
  }
}

/**
 * POST /api/screens/:id/heartbeat from the kiosk itself, with the screen's key from its URL.
 * It writes that screen's status fields and nothing else. The body is sent as text/plain so that
 * old browsers post it cross-origin without a preflight.
 */
export const heartbeatEndpoint: Endpoint = {
  path: '/:id/heartbeat',
  method: 'post',
  handler: async (req) => {
    const refuse = (status: number, message: string, log: string) => {
      req.payload.logger.warn(`Screen heartbeat refused (${req.routeParams?.id}): ${log}`)
      return Response.json({ errors: [{ message }] }, { status })
    }
    const id = String(req.routeParams?.id ?? '')
    // A report is a few hundred bytes: anything much bigger is refused before it is parsed.
    const text = (await req.text?.()) ?? ''
    if (text.length > MAX_REPORT_BYTES) return refuse(413, '状态报告太大。', `body of ${text.length} bytes`)
    let report: Record<string, unknown>
    try {
      report = JSON.parse(text)
    } catch {
      return refuse(400, '状态报告格式不对。', 'body is not JSON')
    }
    if (!report || typeof report !== 'object' || Array.isArray(report))
      return refuse(400, '状态报告格式不对。', 'body is not a JSON object')
    const screen = await req.payload
      .findByID({ collection: 'screens', id, depth: 0, overrideAccess: true })
      .catch(() => null)
    if (!screen || typeof report.key !== 'string' || !sameKey(report.key, screen.key ?? '')) {
      return refuse(403, '没有这块大屏，或大屏密钥不对。', 'unknown screen or wrong key')
    }
    if (Date.now() - (lastReport.get(id) ?? 0) < MIN_REPORT_INTERVAL_MS)
      return refuse(429, '状态报告太频繁。', 'more than one report in 10 s')
    lastReport.set(id, Date.now())
    const uptime = Number(report.uptimeSeconds)
    await req.payload.update({
      collection: 'screens',
      id: screen.id,
      data: {
        lastSeenAt: new Date().toISOString(),
        buildId: clip(report.buildId, 40),
        uptimeSeconds: Number.isFinite(uptime) && uptime >= 0 ? Math.floor(uptime) : null,
        lastError: clip(report.lastError, 500),
      },
      overrideAccess: true,
      context: { statusReport: true },
    })
    await countReport(req.payload, screen, new Date())
    return Response.json({ ok: true })
  },
}
