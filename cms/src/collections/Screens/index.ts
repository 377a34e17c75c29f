import crypto from 'node:crypto'

import {
  DEFAULT_HOURS,
  kioskSections,
  screenOrientations,
  TIME_PATTERN,
  weekdays,
} from '@xiangfeng/content-schema'
import type { CollectionConfig, Field } from 'payload'

import {
  anyone,
  authenticated,
  editorsOfOwnVillage,
  editorsOfTheVillage,
  nobody,
  staffOfTheVillage,
  townshipEditors,
} from '../../access'
import { label, optionsFrom } from '../../fields/labels'
import { scopeFields } from '../../fields/scope'
import { slugField } from '../../fields/slug'
import { heartbeatEndpoint } from './heartbeat'
import { screenStatus, screenStatuses } from './status'
import { dayAndTime } from '../../fields/dates'

const validTime = (value: unknown) =>
  (typeof value === 'string' && TIME_PATTERN.test(value)) ||
  '请按 08:00 这样的格式填写时间（24小时制，到午夜写 24:00）。'

const timeField = (name: string, zh: string, en: string, defaultValue?: string): Field => ({
  name,
  type: 'text',
  required: true,
  defaultValue,
  label: label(zh, en),
  validate: validTime,
  admin: { width: '33%', placeholder: '08:00' },
})

/** Written by the kiosk's heartbeat only; staff read them. */
const reported = (field: Field): Field =>
  ({
    ...field,
    access: { read: authenticated, create: nobody, update: nobody },
    admin: { ...field.admin, readOnly: true, position: 'sidebar' },
  }) as Field

/**
 * A screen in a village's service centre (党群服务中心): what its kiosk loop shows and when it is
 * on. Its kiosk page is built with the portal; the kiosk reports back through the heartbeat.
 */
export const Screens: CollectionConfig = {
  slug: 'screens',
  labels: { singular: label('大屏', 'Screen'), plural: label('村级大屏', 'Screens') },
  admin: {
    useAsTitle: 'name',
    group: label('大屏', 'Screens'),
    defaultColumns: ['name', 'village', 'status', 'lastSeenAt', 'buildId'],
    description: label(
      '每块大屏打开下方的“大屏地址”即可运行；断网时继续播放，联网后自动更新。',
      'Open the kiosk address on the device; it keeps running offline and updates when online.',
    ),
  },
  access: {
    read: anyone,
    create: editorsOfTheVillage,
    update: editorsOfOwnVillage,
    delete: townshipEditors,
  },
  endpoints: [heartbeatEndpoint],
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: label('名称', 'Name'),
      admin: { placeholder: '一楼大厅电视' },
    },
    ...scopeFields({ villageRequired: true }),
    slugField({ from: 'name' }),
    {
      name: 'kioskLink',
      type: 'ui',
      admin: {
        components: {
          Field: {
            path: '/collections/Screens/KioskLink#KioskLink',
            clientProps: { siteUrl: process.env.SITE_URL || 'http://127.0.0.1:4321' },
          },
        },
      },
    },
    {
      name: 'orientation',
      type: 'select',
      required: true,
      defaultValue: 'landscape',
      options: optionsFrom(screenOrientations),
      label: label('屏幕方向', 'Orientation'),
    },
    {
      name: 'hours',
      type: 'array',
      label: label('开屏时间', 'On hours'),
      labels: { singular: label('一天', 'Day'), plural: label('每周开屏时间', 'Weekly hours') },
      defaultValue: DEFAULT_HOURS,
      admin: {
        description: label(
          '不在表中的日子全天关屏（黑屏显示时钟）。',
          'Days not listed are off all day (a dimmed clock).',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'weekday',
              type: 'select',
              required: true,
              options: optionsFrom(weekdays),
              label: label('星期', 'Weekday'),
              admin: { width: '33%' },
            },
            timeField('on', '开屏', 'On', '08:00'),
            timeField('off', '关屏', 'Off', '18:00'),
          ],
        },
      ],
      validate: (rows: unknown) => {
        for (const row of (rows as { on?: string; off?: string }[] | undefined) ?? []) {
          if (row.on && row.off && row.off <= row.on)
            return `关屏时间（${row.off}）要晚于开屏时间（${row.on}）。`
        }
        return true
      },
    },
    {
      name: 'dayparts',
      type: 'array',
      label: label('分时段播放', 'Dayparting'),
      labels: { singular: label('时段', 'Daypart'), plural: label('时段', 'Dayparts') },
      admin: {
        description: label(
          '例如上午播讲堂通知、下午播好榜样；不在任何时段时播放全部内容。',
          'E.g. lecture notices in the morning, role models in the afternoon; outside any daypart everything plays.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            timeField('from', '从', 'From'),
            timeField('to', '到', 'To'),
            {
              name: 'sections',
              type: 'select',
              hasMany: true,
              required: true,
              options: optionsFrom(kioskSections),
              label: label('播放内容', 'Shows'),
              admin: { width: '33%' },
            },
          ],
        },
      ],
    },
    {
      name: 'featuredRoleModels',
      type: 'relationship',
      relationTo: 'role-models',
      hasMany: true,
      label: label('重点展示的好榜样', 'Featured role models'),
      admin: {
        description: label(
          '不选则播放标记为“大屏展示”的本村和全镇好榜样。',
          'Empty: those marked for kiosks.',
        ),
      },
    },
    {
      name: 'featuredPolicies',
      type: 'relationship',
      relationTo: 'policy-explainers',
      hasMany: true,
      label: label('重点展示的政策解读', 'Featured policy explainers'),
      admin: { description: label('不选则播放最新的几篇现行政策解读。', 'Empty: the latest current ones.') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'slideSeconds',
          type: 'number',
          required: true,
          defaultValue: 12,
          min: 5,
          max: 120,
          label: label('每页停留（秒）', 'Seconds per slide'),
        },
        {
          name: 'idleSeconds',
          type: 'number',
          required: true,
          defaultValue: 90,
          min: 20,
          max: 600,
          label: label('无人操作多久后回到轮播（秒）', 'Idle seconds before the loop resumes'),
        },
      ],
    },
    {
      name: 'key',
      type: 'text',
      label: label('大屏密钥', 'Screen key'),
      // Only in the kiosk address the admin shows: the public build never holds it.
      access: { read: staffOfTheVillage, create: nobody, update: nobody },
      hooks: {
        beforeChange: [
          ({ value, operation }) => (operation === 'create' ? crypto.randomBytes(16).toString('hex') : value),
        ],
      },
      admin: { hidden: true },
    },
    {
      name: 'status',
      type: 'select',
      virtual: true,
      options: screenStatuses.map((s) => ({ ...s })),
      label: label('状态', 'Status'),
      access: { read: authenticated },
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { afterRead: [({ data }) => (data ? screenStatus(data, new Date()) : undefined)] },
    },
    reported({
      name: 'lastSeenAt',
      type: 'date',
      label: label('最后在线', 'Last seen'),
      admin: dayAndTime,
    }),
    reported({ name: 'buildId', type: 'text', label: label('正在播放的版本', 'Build shown') }),
    reported({
      name: 'uptimeSeconds',
      type: 'number',
      label: label('连续运行（秒）', 'Uptime (s)'),
    }),
    reported({ name: 'lastError', type: 'textarea', label: label('最近错误', 'Last error') }),
  ],
}
