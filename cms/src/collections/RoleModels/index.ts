import { honourLevels, roleModelCategories, subjectTypes } from '@xiangfeng/content-schema'
import type { CollectionConfig } from 'payload'

import { villageStaffOnly } from '../../access'
import { label, optionsFrom } from '../../fields/labels'
import { validateIdNumber, validatePhone } from '../../fields/privacy'
import { scopeFields } from '../../fields/scope'
import { slugField } from '../../fields/slug'
import { dayOnly } from '../../fields/dates'

/** Never in the public snapshot or anonymous API; see staffOfTheVillage for who may read them. */

/** 身边好榜样: a person, household or group held up as an example. */
export const RoleModels: CollectionConfig = {
  slug: 'role-models',
  labels: { singular: label('好榜样', 'Role model'), plural: label('身边好榜样', 'Role models') },
  admin: {
    useAsTitle: 'name',
    group: label('宣传内容', 'Content'),
    defaultColumns: ['name', 'category', 'village', '_status', 'updatedAt'],
    listSearchableFields: ['name', 'summary'],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: label('基本信息', 'Basics'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'subjectType',
                  type: 'select',
                  required: true,
                  defaultValue: 'person',
                  options: optionsFrom(subjectTypes),
                  label: label('对象类型', 'Subject'),
                },
                {
                  name: 'category',
                  type: 'select',
                  required: true,
                  options: optionsFrom(roleModelCategories),
                  label: label('类别', 'Category'),
                },
              ],
            },
            {
              name: 'name',
              type: 'text',
              required: true,
              label: label('姓名 / 户名 / 集体名称', 'Name'),
              admin: { description: label('家庭写户名，如“李建国家庭”。', 'A household: e.g. 李建国家庭.') },
            },
            {
              name: 'summary',
              type: 'textarea',
              required: true,
              maxLength: 300,
              label: label('事迹简介', 'Summary'),
              admin: {
                description: label('一两句话，最多300字。', 'One or two sentences, at most 300 characters.'),
              },
            },
            { name: 'portrait', type: 'upload', relationTo: 'media', label: label('肖像照', 'Portrait') },
            {
              name: 'photos',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              label: label('生活照', 'Photos'),
            },
          ],
        },
        {
          label: label('事迹', 'Story'),
          fields: [
            {
              name: 'story',
              type: 'richText',
              label: label('事迹全文', 'Story'),
              admin: { description: label('一般1000至2000字。', 'Usually 1,000 to 2,000 characters.') },
            },
          ],
        },
        {
          label: label('荣誉与评选', 'Honours'),
          fields: [
            {
              name: 'batch',
              type: 'relationship',
              relationTo: 'selection-batches',
              index: true,
              label: label('评选批次', 'Selection batch'),
              admin: {
                description: label(
                  '在“评选批次”中先建好批次；批次发布后，名单页按类别列出本批全部榜样。',
                  'Create the batch first; once published, its honours list shows every member by category.',
                ),
              },
            },
            {
              name: 'honours',
              type: 'array',
              label: label('所获荣誉', 'Honours'),
              labels: { singular: label('荣誉', 'Honour'), plural: label('荣誉', 'Honours') },
              fields: [
                { name: 'title', type: 'text', required: true, label: label('荣誉称号', 'Title') },
                { name: 'awardedBy', type: 'text', required: true, label: label('授予单位', 'Awarded by') },
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'awardedOn',
                      type: 'date',
                      required: true,
                      label: label('授予日期', 'Date'),
                      admin: dayOnly,
                    },
                    {
                      name: 'level',
                      type: 'select',
                      required: true,
                      options: optionsFrom(honourLevels),
                      label: label('级别', 'Level'),
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: label('隐私信息（不公开）', 'Private (never public)'),
          description: label(
            '以下信息只供镇村工作人员使用，不会出现在网站、大屏或公开接口中。',
            'Staff only: never on the portal, the kiosk or the public API.',
          ),
          fields: [
            {
              name: 'contact',
              type: 'group',
              label: label('联系方式', 'Contact'),
              access: villageStaffOnly,
              fields: [
                { name: 'phone', type: 'text', label: label('电话', 'Phone'), validate: validatePhone },
                {
                  name: 'idNumber',
                  type: 'text',
                  label: label('身份证号', 'ID number'),
                  validate: validateIdNumber,
                },
                { name: 'address', type: 'text', label: label('家庭住址', 'Home address') },
              ],
            },
            {
              name: 'consent',
              type: 'group',
              label: label('肖像及事迹公开同意书', 'Portrait and publication consent'),
              access: villageStaffOnly,
              fields: [
                { name: 'scope', type: 'text', label: label('同意范围', 'Scope') },
                { name: 'signer', type: 'text', label: label('签署人', 'Signed by') },
                {
                  name: 'guardian',
                  type: 'text',
                  label: label('监护人（未满14周岁时）', 'Guardian (under 14)'),
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'signedOn', type: 'date', label: label('签署日期', 'Signed on'), admin: dayOnly },
                    {
                      name: 'withdrawnOn',
                      type: 'date',
                      label: label('撤回日期', 'Withdrawn on'),
                      admin: dayOnly,
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    slugField({ from: 'name' }),
    ...scopeFields(),
    {
      name: 'featuredOnHome',
      type: 'checkbox',
      defaultValue: false,
      label: label('首页推荐', 'Featured on home page'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'featuredOnKiosk',
      type: 'checkbox',
      defaultValue: false,
      label: label('大屏轮播', 'Featured on kiosk'),
      admin: { position: 'sidebar' },
    },
  ],
}
