import type { APIRoute, GetStaticPaths } from 'astro'

import { lectureCalendar } from '../../../../lib/calendar'
import { lectureSeries, lectureSessions } from '../../../../lib/content'

export const getStaticPaths = (async () => {
  const sessions = await lectureSessions()
  return (await lectureSeries()).map((series) => ({
    params: { scope: series.village ?? 'zhen', slug: series.slug },
    props: { series, sessions: sessions.filter((s) => s.series === series.slug) },
  }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props, site }) => lectureCalendar(props.series.name, props.sessions, site)
