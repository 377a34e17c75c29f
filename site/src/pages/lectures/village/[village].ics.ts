import type { APIRoute, GetStaticPaths } from 'astro'

import { lectureCalendar } from '../../../lib/calendar'
import { lectureSessions, villages } from '../../../lib/content'

/** A village's calendar holds its own sessions and the township's, which its residents may attend too. */
export const getStaticPaths = (async () => {
  const sessions = await lectureSessions()
  return (await villages()).map((village) => ({
    params: { village: village.slug },
    props: {
      name: `${village.name}大讲堂`,
      sessions: sessions.filter((s) => !s.village || s.village === village.slug),
    },
  }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props, site }) => lectureCalendar(props.name, props.sessions, site)
