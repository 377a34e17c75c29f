import { gridRoles } from '@xiangfeng/content-schema/vocabularies'
import type { CollectionConfig } from 'payload'

import { publicWithConsent, staffOfTheVillage, townshipEditors, villageStaffOnly } from '../../access'
import { consentOnRecord } from '../../fields/consent'
import { dayOnly } from '../../fields/dates'
import { label, optionsFrom } from '../../fields/labels'
import { validatePhone } from '../../fields/privacy'
import { scopeFields } from '../../fields/scope'
import { slugField } from '../../fields/slug'

const httpsOnly = (value: unknown) => {
  if (!value) return true
  try {
    return new URL(String(value)).protocol === 'https:' || '说事码链接必须以 https:// 开头。'
  } catch {
    return '说事码链接不是有效的网址，请复制完整的链接（以 https:// 开头）。'
  }
}

/**
 * 网格: a village's grid, the people who look after it, and how residents raise a matter (说事码).
 * A worker's phone is public only when the record holds their consent.
 */
export const Grids: CollectionConfig = {
  slug: 'grids',
  typescript: { interface: 'Grid' },
  labels: { singular: label('网格', 'Grid'), plural: label('网格和网格员', 'Grids') },
  hooks: {
    beforeValidate: [
      // Publishing a phone needs the day its holder agreed: the record of consent, not a tick alone.
      consentOnRecord({
        array: 'workers',
        flag: 'phonePublic',
        value: 'workPhone',
        date: 'phoneConsentOn',
        message: '公开工作电话前，请先填写工作电话和本人同意公开的日期（书面同意书由村委会留存）。',
      }),
    ],
  },
  admin: {
    useAsTitle: 'name',
    group: label('宣传内容', 'Content'),
    defaultColumns: ['name', 'area', 'village', '_status'],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: label('网格名称', 'Name'),
      admin: { description: label('如“清溪村第一网格”。', 'e.g. 清溪村第一网格.') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'area',
          type: 'text',
          required: true,
          label: label('覆盖范围', 'Area'),
          admin: { description: label('如“一组、二组（村东片）”。', 'e.g. 一组、二组（村东片）.') },
        },
        { name: 'households', type: 'number', min: 1, label: label('户数', 'Households') },
      ],
    },
    {
      name: 'workers',
      type: 'array',
      required: true,
      minRows: 1,
      label: label('网格员', 'Grid workers'),
      labels: { singular: label('人员', 'Person'), plural: label('人员', 'People') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: label('姓名', 'Name') },
            {
              name: 'role',
              type: 'select',
              required: true,
              defaultValue: 'grid-worker',
              options: optionsFrom(gridRoles),
              label: label('职责', 'Role'),
            },
          ],
        },
        { name: 'photo', type: 'upload', relationTo: 'media', label: label('照片（可选）', 'Photo') },
        {
          type: 'row',
          fields: [
            {
              name: 'workPhone',
              type: 'text',
              label: label('工作电话', 'Work phone'),
              validate: validatePhone,
              access: publicWithConsent('phonePublic'),
            },
            {
              name: 'phonePublic',
              type: 'checkbox',
              defaultValue: false,
              label: label('本人同意公开工作电话', 'Agreed to publish the work phone'),
              access: { create: staffOfTheVillage, update: staffOfTheVillage },
            },
          ],
        },
        {
          name: 'phoneConsentOn',
          type: 'date',
          label: label('同意公开的日期（不公开）', 'Consent given on (private)'),
          admin: {
            ...dayOnly,
            description: label('不勾选同意则电话不公开。', 'Without consent the phone stays private.'),
          },
          access: villageStaffOnly,
        },
      ],
    },
    {
      name: 'raiseMatterLink',
      type: 'text',
      label: label('说事码链接', '说事码 link'),
      validate: httpsOnly,
      // The township runs the form residents raise matters through; villages do not set their own.
      access: { create: townshipEditors, update: townshipEditors },
      admin: {
        description: label(
          '由镇里统一设置，如微信“说事”表单的链接；不填则说事码拨打同意公开的工作电话。',
          'Set by the township (e.g. a WeChat form); without it the QR calls a published work phone.',
        ),
      },
    },
    slugField({ from: 'name' }),
    ...scopeFields({ villageRequired: true }),
  ],
}
