/** iCalendar feeds of lecture sessions, for phone calendars to subscribe to. */
import type { LectureSession } from '@xiangfeng/content-schema'
import ical, { ICalEventStatus } from 'ical-generator'

import { paths } from './paths'

const status = {
  planned: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
} as const

export function lectureCalendar(name: string, sessions: LectureSession[], site: URL | undefined): Response {
  // Times are written in UTC, which every calendar converts to the phone's own time zone.
  const calendar = ical({
    name,
    prodId: { company: 'xiangfeng', product: 'lectures', language: 'ZH' },
    ttl: 6 * 3600,
  })
  for (const session of sessions) {
    const url = new URL(paths.lecture(session), site).href
    calendar.createEvent({
      id: `${session.id}@${site?.host ?? 'xiangfeng'}`,
      start: new Date(session.startsAt),
      end: new Date(session.endsAt),
      summary: session.status === 'cancelled' ? `（已取消）${session.title}` : session.title,
      description: [session.summary, `主讲：${session.speaker.name}`, url].filter(Boolean).join('\n'),
      location: session.venue,
      url,
      status: status[session.status],
      lastModified: new Date(session.updatedAt),
      stamp: new Date(session.updatedAt),
    })
  }
  return new Response(calendar.toString(), { headers: { 'content-type': 'text/calendar; charset=utf-8' } })
}
