import { RESERVED_VILLAGE_SLUGS } from '@xiangfeng/content-schema'
import type { CollectionConfig } from 'payload'

import { admins, anyone, townshipEditors } from '../../access'
import { label } from '../../fields/labels'
import { townshipField } from '../../fields/scope'
import { slugField } from '../../fields/slug'
import { rebuildAfterChange, rebuildAfterDelete } from '../../publish/requests'

/** An administrative village (行政村); villages are the tenants of the CMS. */
export const Villages: CollectionConfig = {
  slug: 'villages',
  labels: { singular: label('村', 'Village'), plural: label('村', 'Villages') },
  admin: {
    useAsTitle: 'name',
    group: label('行政区划', 'Places'),
    defaultColumns: ['name', 'township', 'slug'],
  },
  access: { read: anyone, create: admins, update: townshipEditors, delete: admins },
  hooks: { afterChange: [rebuildAfterChange], afterDelete: [rebuildAfterDelete] },
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
  ],
}
