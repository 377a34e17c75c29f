import type { CollectionConfig } from 'payload'

import { admins, adminsOrSelf, authenticated } from '../../access'
import { roles } from '../../access/roles'
import { label } from '../../fields/labels'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('用户', 'User'), plural: label('用户', 'Users') },
  admin: { useAsTitle: 'name', group: label('系统', 'System'), defaultColumns: ['name', 'email', 'roles'] },
  auth: {
    // Lock an account for 15 minutes after 5 wrong passwords.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
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
      options: roles.map(({ value, label: zh }) => ({ value, label: zh })),
      label: label('角色', 'Roles'),
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
