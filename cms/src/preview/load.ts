import config from '@payload-config'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { isPreviewed } from '@xiangfeng/content-schema'
import { getPayload } from 'payload'

import { staffUser } from '../access/roles'
import { parseId } from '../ids'
import { previewOf } from './records'

/** The preview a signed-in staff member asked for, read with their own access; 404 otherwise. */
export async function loadPreview(params: Promise<{ collection: string; id: string }>) {
  const { collection, id } = await params
  if (!isPreviewed(collection)) notFound()
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  const staff = user ? staffUser({ user } as never) : null
  if (!staff) return { signedOut: true as const }
  const typedId = parseId(payload, id)
  if (typedId === undefined) notFound()
  const preview = await previewOf(payload, staff, collection, typedId)
  if (!preview) notFound()
  return { preview, siteUrl: process.env.SITE_URL || 'http://127.0.0.1:4321' }
}
