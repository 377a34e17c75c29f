import type { CollectionConfig } from 'payload'

import { noticeKinds } from '@xiangfeng/content-schema/vocabularies'

import { dayAndTime } from '../../fields/dates'
import { label, optionsFrom } from '../../fields/labels'
import { scopeFields } from '../../fields/scope'
import { slugField } from '../../fields/slug'

type Validity = { validFrom?: unknown; urgent?: unknown }

/** A notice ends after it starts; an urgent one must end, since it takes over until then. */
const validEnd = (value: unknown, { siblingData }: { siblingData?: Validity }) => {
  if (!value) return siblingData?.urgent ? '紧急通知必须填写有效期至，到期后自动撤下。' : true
  const start = siblingData?.validFrom
  return !start || new Date(String(value)) > new Date(String(start)) || '有效期至必须晚于生效时间。'
}

/**
 * 通知公告 / 倡议书: what a township or village posts in the 公示栏 and pushes to its WeChat groups.
 * Valid from a moment until one; an urgent notice shows as a banner on every page of its scope
 * and takes over its screens until it ends or is withdrawn.
 */
export const Notices: CollectionConfig = {
  slug: 'notices',
  typescript: { interface: 'Notice' },
  labels: { singular: label('通知公告', 'Notice'), plural: label('通知公告', 'Notices') },
  admin: {
    useAsTitle: 'title',
    group: label('宣传内容', 'Content'),
    defaultColumns: ['title', 'kind', 'validFrom', 'validUntil', 'urgent', 'village', '_status'],
  },
  defaultSort: '-validFrom',
  fields: [
    { name: 'title', type: 'text', required: true, label: label('标题', 'Title') },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'notice',
          options: optionsFrom(noticeKinds),
          label: label('类别', 'Kind'),
        },
        {
          name: 'issuedBy',
          type: 'text',
          required: true,
          label: label('发布单位', 'Issued by'),
          admin: { description: label('如“柳湾村村民委员会”。', 'The issuing body.') },
        },
      ],
    },
    { name: 'body', type: 'richText', required: true, label: label('正文', 'Body') },
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          type: 'date',
          required: true,
          index: true,
          defaultValue: () => new Date().toISOString(),
          label: label('生效时间', 'Valid from'),
          admin: dayAndTime,
        },
        {
          name: 'validUntil',
          type: 'date',
          index: true,
          label: label('有效期至', 'Valid until'),
          admin: {
            ...dayAndTime,
            description: label(
              '到期后网站和大屏自动撤下横幅；长期有效的倡议书可以不填（紧急通知必须填）。',
              'After it the banner and the screens drop the notice; required for urgent notices.',
            ),
          },
          validate: validEnd,
        },
      ],
    },
    {
      name: 'attachment',
      type: 'upload',
      relationTo: 'attachments',
      label: label('附件（PDF）', 'Attachment (PDF)'),
    },
    slugField({ from: 'title' }),
    ...scopeFields(),
    {
      name: 'urgent',
      type: 'checkbox',
      defaultValue: false,
      label: label('紧急通知', 'Urgent'),
      admin: {
        position: 'sidebar',
        description: label(
          '在有效期内，本镇或本村网站每一页顶部显示横幅，大屏在一轮播放结束后只播放此通知。',
          'While valid: a banner on every page of its scope, and its screens show only it after the current loop.',
        ),
      },
    },
  ],
}
