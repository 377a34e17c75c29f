import type { Access } from 'payload'

import { staffUser } from '../../access/roles'
import { idOf } from '../../ids'

/**
 * Staff read every attachment; the public only those a published notice offers, so a file is not
 * public before its notice passes review.
 */
export const staffOrPublishedAttachments: Access = async ({ req }) => {
  if (staffUser(req)) return true
  const { docs } = await req.payload.find({
    collection: 'notices',
    where: { and: [{ _status: { equals: 'published' } }, { attachment: { exists: true } }] },
    select: { attachment: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const ids = docs.map((d) => idOf(d.attachment)).filter((id) => id !== undefined && id !== null)
  return { id: { in: ids } }
}
