import { lectureStatuses, moralityLectureSteps } from '@xiangfeng/content-schema'
import type { CollectionConfig } from 'payload'

import { label, optionsFrom } from '../../fields/labels'
import { scopeFields } from '../../fields/scope'
import { slugField } from '../../fields/slug'
import { dayAndTime } from '../../fields/dates'

/** One lecture of a series: when, where, who speaks, and a recap afterwards. */
export const LectureSessions: CollectionConfig = {
  slug: 'lecture-sessions',
  labels: { singular: label('讲堂活动', 'Lecture'), plural: label('讲堂活动', 'Lectures') },
  admin: {
    useAsTitle: 'title',
    group: label('宣传内容', 'Content'),
    defaultColumns: ['title', 'series', 'startsAt', 'status', '_status'],
  },
  defaultSort: '-startsAt',
  fields: [
    { name: 'title', type: 'text', required: true, label: label('主题', 'Title') },
    {
      name: 'series',
      type: 'relationship',
      relationTo: 'lecture-series',
      required: true,
      index: true,
      label: label('所属讲堂', 'Series'),
    },
    {
      name: 'speaker',
      type: 'group',
      label: label('主讲人', 'Speaker'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: label('姓名', 'Name') },
            { name: 'unit', type: 'text', label: label('单位', 'Unit') },
            { name: 'title', type: 'text', label: label('职务 / 职称', 'Title') },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          label: label('开始时间', 'Starts at'),
          admin: dayAndTime,
        },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          label: label('结束时间', 'Ends at'),
          admin: dayAndTime,
          validate: (
            value: Date | string | null | undefined,
            { siblingData }: { siblingData: Record<string, unknown> },
          ) => {
            if (!value) return '请填写结束时间。'
            const start = siblingData.startsAt ? new Date(siblingData.startsAt as string) : null
            return !start || new Date(value) > start || '结束时间必须晚于开始时间。'
          },
        },
      ],
    },
    {
      name: 'venue',
      type: 'text',
      required: true,
      label: label('地点', 'Venue'),
      admin: { description: label('如“清溪村党群服务中心二楼会议室”。', 'e.g. the village service centre.') },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      options: optionsFrom(lectureStatuses),
      // PostgreSQL: the drafts' own `_status` would take the default enum name too.
      enumName: 'enum_lecture_sessions_session_status',
      label: label('状态', 'Status'),
      admin: { position: 'sidebar' },
    },
    { name: 'audience', type: 'text', label: label('参加对象', 'Audience') },
    { name: 'summary', type: 'textarea', label: label('内容简介', 'Summary') },
    { name: 'signUpNote', type: 'text', label: label('报名方式', 'How to sign up') },
    {
      name: 'runningOrder',
      type: 'array',
      label: label('活动流程（道德讲堂）', 'Running order (morality lecture)'),
      labels: { singular: label('环节', 'Step'), plural: label('环节', 'Steps') },
      fields: [
        {
          name: 'step',
          type: 'select',
          required: true,
          options: optionsFrom(moralityLectureSteps),
          label: label('环节', 'Step'),
        },
        { name: 'note', type: 'text', label: label('内容', 'Note') },
      ],
    },
    {
      name: 'roleModels',
      type: 'relationship',
      relationTo: 'role-models',
      hasMany: true,
      label: label('学模范：相关好榜样', 'Featured role models'),
    },
    {
      name: 'policyExplainers',
      type: 'relationship',
      relationTo: 'policy-explainers',
      hasMany: true,
      label: label('相关政策解读', 'Related policy explainers'),
    },
    {
      name: 'recap',
      type: 'group',
      label: label('活动回顾（举办后填写）', 'Recap (after the lecture)'),
      fields: [
        { name: 'text', type: 'richText', label: label('回顾', 'Recap') },
        { name: 'attendance', type: 'number', min: 0, label: label('参加人数', 'Attendance') },
        {
          name: 'photos',
          type: 'upload',
          relationTo: 'media',
          hasMany: true,
          label: label('活动照片', 'Photos'),
        },
      ],
    },
    slugField({ from: 'title' }),
    ...scopeFields(),
  ],
}
