import type { CollectionConfig } from 'payload'

import { nobody } from '../../access'
import { label } from '../../fields/labels'

/**
 * How many status reports each screen sent during its hours, per China day: the on-line share in
 * 统计 is these reports against the ones its hours call for (one every two minutes).
 */
export const ScreenDays: CollectionConfig = {
  slug: 'screen-days',
  labels: { singular: label('大屏在线记录', 'Screen day'), plural: label('大屏在线记录', 'Screen days') },
  admin: { hidden: true },
  // Written by the heartbeat endpoint, read by the statistics, never through the API.
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['screen', 'day'], unique: true }],
  fields: [
    { name: 'screen', type: 'relationship', relationTo: 'screens', required: true, index: true },
    { name: 'day', type: 'text', required: true, index: true, label: label('日期', 'Day') },
    { name: 'reports', type: 'number', required: true, defaultValue: 0, label: label('报告次数', 'Reports') },
  ],
}
