import type { APIRoute, GetStaticPaths } from 'astro'

import { lectureCalendar } from '../../../../lib/calendar'
import { seriesPaths } from '../../../../lib/content'

export const getStaticPaths = seriesPaths satisfies GetStaticPaths

export const GET: APIRoute = ({ props, site }) => lectureCalendar(props.series.name, props.sessions, site)
