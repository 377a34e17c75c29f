import type { APIRoute } from 'astro'

import { buildId } from '../../lib/settings'

/** Kiosks poll this (never from their cache) and update at the end of a loop when it changes. */
export const GET: APIRoute = () => Response.json({ buildId })
