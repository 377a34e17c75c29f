import type { CollectionConfig } from 'payload'

import { dayOnly } from '../../fields/dates'
import { label } from '../../fields/labels'
import { scopeFields } from '../../fields/scope'
import { slugField } from '../../fields/slug'

/** The day a notice ends may not come before the day it starts. */
const notBeforeNoticeStart = (value: unknown, { siblingData }: { siblingData?: { startsOn?: unknown } }) => {
  const start = siblingData?.startsOn
  if (!value || !start) return true
  return new Date(String(value)) >= new Date(String(start)) || '公示结束日期不能早于开始日期。'
}

/**
 * 评选批次: the role models a township or village names together (e.g. 2026年第一批“身边好榜样”),
 * with the public notice (公示) it goes through before the list is final. Members point at
 * their batch from their own profile.
 */
export const SelectionBatches: CollectionConfig = {
  slug: 'selection-batches',
  typescript: { interface: 'SelectionBatch' },
  labels: { singular: label('评选批次', 'Selection batch'), plural: label('评选批次', 'Selection batches') },
  admin: {
    useAsTitle: 'title',
    group: label('宣传内容', 'Content'),
    defaultColumns: ['title', 'announcedOn', 'village', '_status'],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: label('批次名称', 'Title'),
      admin: { description: label('如“2026年第一批‘身边好榜样’”。', 'e.g. 2026年第一批“身边好榜样”.') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'announcedOn',
          type: 'date',
          required: true,
          label: label('公布日期', 'Announced on'),
          admin: dayOnly,
        },
        {
          name: 'issuedBy',
          type: 'text',
          required: true,
          label: label('发布单位', 'Issued by'),
          admin: { description: label('如“中共云溪镇委员会 云溪镇人民政府”。', 'The issuing body.') },
        },
      ],
    },
    { name: 'intro', type: 'textarea', label: label('说明', 'Introduction') },
    {
      name: 'notice',
      type: 'group',
      label: label('公示', 'Public notice'),
      admin: {
        description: label(
          '公示期内，名单页标明“公示”、公示期和异议受理方式；不公示的批次留空。',
          'During the notice period the list says it is a 公示; leave empty for none.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'startsOn', type: 'date', label: label('公示开始', 'Starts on'), admin: dayOnly },
            {
              name: 'endsOn',
              type: 'date',
              label: label('公示结束', 'Ends on'),
              admin: dayOnly,
              validate: notBeforeNoticeStart,
            },
          ],
        },
        {
          name: 'objectionsTo',
          type: 'textarea',
          label: label('异议受理', 'Where objections go'),
          admin: {
            description: label(
              '单位、办公电话或地址，如“镇党政办，电话 0571-8800 0000”。不要填写个人手机号。',
              'An office, its work phone or address; never a personal mobile number.',
            ),
          },
        },
      ],
    },
    slugField({ from: 'title' }),
    ...scopeFields(),
    {
      name: 'featuredOnKiosk',
      type: 'checkbox',
      defaultValue: false,
      label: label('大屏轮播', 'Featured on kiosk'),
      admin: {
        position: 'sidebar',
        description: label(
          '名单（公示期内为公示）在本镇或本村的大屏上轮播。',
          'The list (the notice, while it runs) plays on the screens of its township or village.',
        ),
      },
    },
  ],
}
