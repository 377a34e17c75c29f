import { lectureSeriesKinds } from '@xiangfeng/content-schema'
import type { CollectionConfig } from 'payload'

import { label, optionsFrom } from '../../fields/labels'
import { scopeFields } from '../../fields/scope'
import { slugField } from '../../fields/slug'

/** A recurring lecture, e.g. 法润鸡峰·普法惠民 (monthly rule-of-law lecture). */
export const LectureSeries: CollectionConfig = {
  slug: 'lecture-series',
  typescript: { interface: 'LectureSeries' },
  labels: { singular: label('讲堂', 'Lecture series'), plural: label('讲堂', 'Lecture series') },
  admin: {
    useAsTitle: 'name',
    group: label('宣传内容', 'Content'),
    defaultColumns: ['name', 'kind', 'organiser', '_status'],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('讲堂名称', 'Name') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: optionsFrom(lectureSeriesKinds),
      label: label('类型', 'Kind'),
    },
    { name: 'slogan', type: 'text', label: label('主题口号', 'Slogan') },
    { name: 'organiser', type: 'text', required: true, label: label('主办单位', 'Organiser') },
    { name: 'description', type: 'textarea', label: label('简介', 'Description') },
    slugField({ from: 'name' }),
    ...scopeFields(),
  ],
}
