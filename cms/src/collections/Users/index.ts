import type { CollectionConfig } from 'payload'

import { admins, adminsOrSelf, authenticated } from '../../access'
import { roles } from '../../access/roles'
import { label, optionsFrom } from '../../fields/labels'
import { clearLoginCount, throttleLogin } from './loginThrottle'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('用户', 'User'), plural: label('用户', 'Users') },
  admin: { useAsTitle: 'name', group: label('系统', 'System'), defaultColumns: ['name', 'email', 'roles'] },
  auth: {
    // No lock on the account alone (see loginThrottle): the same answer for every failed sign-in.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // Behind HTTPS the session cookie is never sent in the clear.
    cookies: { secure: (process.env.SERVER_URL ?? '').startsWith('https://'), sameSite: 'Lax' },
  },
  hooks: { beforeOperation: [throttleLogin], afterOperation: [clearLoginCount] },
  access: {
    read: authenticated,
    create: admins,
    update: adminsOrSelf,
    delete: admins,
    unlock: admins,
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('姓名', 'Name') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['village-officer'],
      options: optionsFrom(roles),
      label: label('角色', 'Roles'),
      access: { create: admins, update: admins },
    },
    {
      name: 'townships',
      type: 'relationship',
      relationTo: 'townships',
      hasMany: true,
      label: label('所属镇', 'Townships'),
      admin: {
        description: label(
          '镇宣传干事、复审员和终审领导只在这些镇工作；系统管理员不受限。',
          'Township staff work in these townships only; the system administrator in all.',
        ),
      },
      access: { create: admins, update: admins },
    },
    {
      name: 'villages',
      type: 'relationship',
      relationTo: 'villages',
      hasMany: true,
      label: label('负责的村', 'Villages'),
      admin: {
        description: label('村信息员只能编辑这些村的内容。', 'A village officer edits these villages only.'),
      },
      access: { create: admins, update: admins },
    },
  ],
}
