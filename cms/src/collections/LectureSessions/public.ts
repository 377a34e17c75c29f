import type { LectureSession } from '../../payload-types'
import { html, publishedFields, type PublicShape } from '../publicShape'

/** A lecture as the public sees it; its series must be public too (the contract needs its slug). */
export const publicLectureSession: PublicShape<'lectureSessions', LectureSession> = (s, links) => {
  const recapPhotos = links.images(s.recap?.photos)
  const recapText = html(s.recap?.text)
  const hasRecap = Boolean(recapText || s.recap?.attendance || recapPhotos.length)
  return {
    ...publishedFields(s),
    title: s.title,
    series: links.slug('lecture-series', s.series),
    speaker: { name: s.speaker?.name, unit: s.speaker?.unit, title: s.speaker?.title },
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    venue: s.venue,
    village: links.slug('villages', s.village),
    audience: s.audience,
    summary: s.summary,
    signUpNote: s.signUpNote,
    status: s.status,
    runningOrder: s.runningOrder?.length
      ? s.runningOrder.map((r) => ({ step: r.step, note: r.note }))
      : undefined,
    roleModels: links.slugsOf('role-models', s.roleModels),
    policyExplainers: links.slugsOf('policy-explainers', s.policyExplainers),
    recap: hasRecap ? { text: recapText, attendance: s.recap?.attendance, photos: recapPhotos } : undefined,
  }
}
