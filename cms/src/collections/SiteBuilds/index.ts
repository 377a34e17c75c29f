import type { CollectionConfig } from 'payload'

import { authenticated, nobody } from '../../access'
import { label } from '../../fields/labels'
import { dayAndTime } from '../../fields/dates'

/** One record per portal rebuild, so editors can see whether their change is live and why not. */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: label('网站发布记录', 'Site build'), plural: label('网站发布记录', 'Site builds') },
  admin: {
    group: label('系统', 'System'),
    useAsTitle: 'startedAt',
    defaultColumns: ['startedAt', 'status', 'pages', 'trigger', 'error'],
    description: label(
      '每次发布、撤下或删除内容后，网站会自动重新生成；失败时线上网站保持上一次成功的版本。',
      'The portal rebuilds after every publish, unpublish or delete; a failed build leaves the last good one live.',
    ),
  },
  defaultSort: '-startedAt',
  // Written by the publish pipeline only.
  access: { read: authenticated, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      options: [
        { value: 'running', label: '生成中' },
        { value: 'succeeded', label: '已上线' },
        { value: 'failed', label: '失败（线上未变）' },
        { value: 'interrupted', label: '被中断（线上未变）' },
      ],
      label: label('状态', 'Status'),
    },
    { name: 'trigger', type: 'text', label: label('触发原因', 'Trigger') },
    {
      name: 'runner',
      type: 'text',
      label: label('生成进程', 'Runner'),
      admin: {
        description: label(
          '主机名:进程号，用于发现被中断的生成。',
          'host:pid, to find builds a restart cut off.',
        ),
      },
    },
    { name: 'buildId', type: 'text', label: label('版本号', 'Build id') },
    {
      name: 'startedAt',
      type: 'date',
      label: label('开始时间', 'Started'),
      admin: dayAndTime,
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: label('结束时间', 'Finished'),
      admin: dayAndTime,
    },
    { name: 'pages', type: 'number', label: label('页面数', 'Pages') },
    { name: 'error', type: 'textarea', maxLength: 100_000, label: label('错误信息', 'Error') },
    {
      name: 'warnings',
      type: 'textarea',
      maxLength: 100_000,
      label: label('未发布的内容', 'Withheld content'),
      admin: {
        description: label(
          '这些内容不符合公开规范或数据有损坏，本次未发布，其余内容已更新。请修改后重新提交审核。',
          'These documents do not fit the public contract or hold broken data and were left out; the rest is live.',
        ),
      },
    },
    {
      // The same documents as data, for the dashboard's links to them.
      name: 'withheld',
      type: 'json',
      admin: { hidden: true },
    },
  ],
}
