import { RESERVED_VILLAGE_SLUGS } from '@xiangfeng/content-schema'
import type { CollectionConfig } from 'payload'

import { admins, authenticated, editorsOrLeadersOfTheTownship, publishedOrStaff } from '../../access'
import { label } from '../../fields/labels'
import { townshipField } from '../../fields/scope'
import { slugField } from '../../fields/slug'
import { idOf } from '../../ids'
import { approvalFields, approvalGuard } from '../approval'

/** All of a village's own fields show on the portal: its name and intro on every page of it. */
const publicFace = (v: Record<string, unknown>) => ({
  name: v.name,
  slug: v.slug,
  township: idOf(v.township),
  intro: v.intro ?? null,
  serviceCentre: v.serviceCentre ?? null,
})

/**
 * An administrative village (行政村); villages are the tenants of the CMS. Its name and intro reach
 * every page of it, so a change is a draft until a leader approves it (collections/approval.ts).
 */
export const Villages: CollectionConfig = {
  slug: 'villages',
  labels: { singular: label('村', 'Village'), plural: label('村', 'Villages') },
  admin: {
    useAsTitle: 'name',
    group: label('行政区划', 'Places'),
    defaultColumns: ['name', 'township', 'slug', '_status'],
    components: { edit: { PublishButton: '/workflow/ApprovePublish#ApprovePublish' } },
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedOrStaff,
    readVersions: authenticated,
    create: admins,
    update: editorsOrLeadersOfTheTownship,
    delete: admins,
  },
  hooks: {
    beforeChange: [
      approvalGuard(publicFace, (req, originalDoc) =>
        originalDoc?.id === undefined
          ? Promise.resolve(null)
          : req.payload.db.findOne({
              collection: 'villages',
              where: { id: { equals: originalDoc.id } },
              req,
            }),
      ),
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('村名', 'Name') },
    // Global, not per township: the kiosk URL /kiosk/<village>/ must name one village.
    slugField({ from: 'name', scope: 'global', reserved: RESERVED_VILLAGE_SLUGS }),
    townshipField(),
    { name: 'intro', type: 'textarea', label: label('简介', 'Introduction') },
    {
      name: 'serviceCentre',
      type: 'text',
      label: label('党群服务中心地址', 'Service centre address'),
      admin: {
        description: label('公开信息：讲堂地点、大屏所在地。', 'Public: lecture venue, screen location.'),
      },
    },
    ...approvalFields,
  ],
}
