import { RESERVED_VILLAGE_SLUGS } from '@xiangfeng/content-schema'
import type { CollectionConfig } from 'payload'

import { anyone } from '../../access'
import { isAdmin, isAdminOrTownshipEditor } from '../../access/roles'
import { label } from '../../fields/labels'
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
  access: { read: anyone, create: isAdmin, update: isAdminOrTownshipEditor, delete: isAdmin },
  hooks: { afterChange: [rebuildAfterChange], afterDelete: [rebuildAfterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('村名', 'Name') },
    // Global, not per township: the kiosk URL /kiosk/<village>/ must name one village.
    slugField({ from: 'name', scope: 'global', reserved: RESERVED_VILLAGE_SLUGS }),
    {
      name: 'township',
      type: 'relationship',
      relationTo: 'townships',
      required: true,
      index: true,
      label: label('所属镇', 'Township'),
    },
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
