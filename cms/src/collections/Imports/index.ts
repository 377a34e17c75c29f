import type { Access, CollectionConfig } from 'payload'

import { nobody } from '../../access'
import { isTownshipEditor, staffUser } from '../../access/roles'
import { dayAndTime } from '../../fields/dates'
import { label } from '../../fields/labels'

/** An officer sees their own imports; township editors see everyone's. */
const ownOrTownshipEditors: Access = ({ req }) => {
  const user = staffUser(req)
  if (!user) return false
  return isTownshipEditor(user) ? true : { createdBy: { equals: user.id } }
}

/**
 * One Excel import: who started it, how far it has got, and each row's result. The job queue runs
 * it (import/job.ts); the uploaded files are deleted when it ends, since they hold private data.
 */
export const Imports: CollectionConfig = {
  slug: 'imports',
  labels: { singular: label('导入记录', 'Import'), plural: label('导入记录', 'Imports') },
  admin: {
    group: label('系统', 'System'),
    useAsTitle: 'fileName',
    defaultColumns: ['fileName', 'status', 'done', 'total', 'createdBy', 'createdAt'],
  },
  defaultSort: '-createdAt',
  // Written by the import endpoint and job only.
  access: { read: ownOrTownshipEditors, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'role-models', label: '身边好榜样' },
        { value: 'lecture-sessions', label: '讲堂安排' },
      ],
      label: label('内容', 'Kind'),
    },
    { name: 'fileName', type: 'text', label: label('文件名', 'File') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: [
        { value: 'queued', label: '排队中' },
        { value: 'running', label: '导入中' },
        { value: 'done', label: '已完成' },
        { value: 'failed', label: '失败' },
      ],
      label: label('状态', 'Status'),
    },
    {
      name: 'runner',
      type: 'text',
      label: label('导入进程', 'Runner'),
      admin: {
        description: label(
          '主机名:进程号，用于发现被中断的导入。',
          'host:pid, to find imports a restart cut off.',
        ),
      },
    },
    { name: 'submit', type: 'checkbox', label: label('导入后提交审核', 'Submit for review') },
    { name: 'done', type: 'number', defaultValue: 0, label: label('已处理行数', 'Rows done') },
    { name: 'total', type: 'number', defaultValue: 0, label: label('总行数', 'Rows') },
    { name: 'results', type: 'json', label: label('每行结果', 'Results') },
    { name: 'error', type: 'textarea', label: label('错误', 'Error') },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label('导入人', 'By'),
    },
    { name: 'finishedAt', type: 'date', label: label('完成时间', 'Finished'), admin: dayAndTime },
  ],
}
