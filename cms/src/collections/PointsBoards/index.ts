import { chinaDay } from '@xiangfeng/content-schema'
import { conductCategories } from '@xiangfeng/content-schema/vocabularies'
import {
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  type FieldHook,
  ValidationError,
} from 'payload'

import { publicWithConsent, staffOfTheVillage, villageStaffOnly } from '../../access'
import { consentOnRecord } from '../../fields/consent'
import { label, optionsFrom } from '../../fields/labels'
import { scopeFields } from '../../fields/scope'
import { idOf } from '../../ids'

/** The board's address is its month (2026-11): one board per village and month. */
const slugFromMonth: FieldHook = ({ siblingData }) =>
  siblingData?.month ? chinaDay(String(siblingData.month)).slice(0, 7) : undefined

/**
 * One board per village and month: said in Chinese on the month field, drafts included (Payload
 * does not validate drafts, and the hidden address would fail on its unique index instead).
 */
const oneBoardPerMonth: CollectionBeforeValidateHook = async ({ data, originalDoc, req, collection }) => {
  const value = data?.month ?? originalDoc?.month
  const village = idOf(data?.village ?? originalDoc?.village)
  if (!value || village === undefined || village === null) return data
  const month = chinaDay(String(value)).slice(0, 7)
  const { docs } = await req.payload.find({
    collection: 'points-boards',
    where: { and: [{ slug: { equals: month } }, { village: { equals: village } }] },
    depth: 0,
    limit: 2,
    draft: true,
    overrideAccess: true,
    req,
  })
  if (docs.some((d) => String(d.id) !== String(originalDoc?.id))) {
    const message = `本村${Number(month.slice(0, 4))}年${Number(month.slice(5))}月的红黑榜已经有了，请打开那一期修改。`
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'month', message }] }, req.t)
  }
  return data
}

/** The article numbers of the village rules read during one request, by rules id. */
const articlesRead = new WeakMap<object, Map<string, Promise<unknown[]>>>()

/** An article number must be one of the chosen village rules' articles. */
const articleOfRules = async (
  value: unknown,
  { data, req }: { data?: { rules?: unknown }; req: Parameters<FieldHook>[0]['req'] },
) => {
  const rulesId = idOf(data?.rules)
  if (value === null || value === undefined || rulesId === undefined || rulesId === null) return true
  // Read once per save, however many rows name an article.
  const cache = articlesRead.get(req) ?? new Map<string, Promise<unknown[]>>()
  articlesRead.set(req, cache)
  if (!cache.has(String(rulesId)))
    cache.set(
      String(rulesId),
      req.payload
        .findByID({
          collection: 'village-rules',
          id: rulesId as never,
          depth: 0,
          draft: true,
          overrideAccess: true,
          req,
        })
        .then((rules) => (rules.chapters ?? []).flatMap((c) => (c.articles ?? []).map((a) => a.number)))
        .catch(() => []),
    )
  const numbers = await cache.get(String(rulesId))!
  return numbers.includes(Number(value)) || `所选村规民约没有第${String(value)}条，请核对条款序号。`
}

const articleField = {
  name: 'article',
  type: 'number' as const,
  min: 1,
  label: label('依据村规民约第几条', 'Rules article'),
  validate: articleOfRules as never,
}

/** What lists and review queues call a board: 清溪村2026年11月积分红黑榜, not its month alone. */
const boardTitle: FieldHook = async ({ siblingData, req }) => {
  const village = idOf(siblingData?.village)
  if (!siblingData?.month || village === undefined || village === null) return undefined
  const found = await req.payload.findByID({
    collection: 'villages',
    id: village,
    depth: 0,
    req,
    disableErrors: true,
  })
  const [year, month] = chinaDay(String(siblingData.month)).split('-').map(Number)
  return `${found?.name ?? ''}${year}年${month}月积分红黑榜`
}

/**
 * 积分红黑榜: a village's monthly points board, as posted in the service centre. The red list names
 * a household only with its recorded consent; the black list has no field for a name at all.
 */
export const PointsBoards: CollectionConfig = {
  slug: 'points-boards',
  typescript: { interface: 'PointsBoard' },
  labels: { singular: label('积分红黑榜', 'Points board'), plural: label('积分红黑榜', 'Points boards') },
  admin: {
    useAsTitle: 'title',
    group: label('宣传内容', 'Content'),
    defaultColumns: ['title', 'village', '_status'],
    description: label(
      '每村每月一榜。红榜经本户同意后公示户名；黑榜只公示不文明行为的类别和户数，不点名。',
      'One board per village and month; the black list names no one.',
    ),
  },
  defaultSort: '-month',
  hooks: {
    beforeValidate: [
      oneBoardPerMonth,
      consentOnRecord({
        array: 'redList',
        flag: 'named',
        value: 'household',
        date: 'namedConsentOn',
        message: '公示户名前，请先填写户名和该户同意公示的日期；不同意的，红榜只显示“某组某户”。',
      }),
    ],
  },
  fields: [
    {
      name: 'month',
      type: 'date',
      required: true,
      index: true,
      label: label('月份', 'Month'),
      admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'yyyy年M月' } },
    },
    {
      name: 'slug',
      type: 'text',
      index: true,
      admin: { hidden: true },
      hooks: { beforeValidate: [slugFromMonth] },
    },
    {
      name: 'title',
      type: 'text',
      label: label('标题', 'Title'),
      admin: { readOnly: true, description: label('由村名和月份生成。', 'Made from the village and month.') },
      hooks: { beforeChange: [boardTitle] },
    },
    {
      name: 'rules',
      type: 'relationship',
      relationTo: 'village-rules',
      label: label('依据的村规民约', 'Village rules'),
      filterOptions: ({ data }) => (data?.village ? { village: { equals: idOf(data.village) } } : true),
    },
    { name: 'intro', type: 'textarea', label: label('说明', 'Introduction') },
    {
      name: 'redList',
      type: 'array',
      label: label('红榜', 'Red list'),
      labels: { singular: label('户', 'Household'), plural: label('户', 'Households') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'household',
              type: 'text',
              label: label('户名（同意后公示）', 'Household'),
              access: publicWithConsent('named'),
            },
            { name: 'group', type: 'text', required: true, label: label('所在组', 'Group') },
            { name: 'points', type: 'number', required: true, min: 0, label: label('积分', 'Points') },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'deeds', type: 'text', required: true, label: label('加分事项', 'Deeds') },
            articleField,
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'named',
              type: 'checkbox',
              defaultValue: false,
              label: label('本户同意公示户名', 'Agreed to be named'),
              access: { create: staffOfTheVillage, update: staffOfTheVillage },
            },
            {
              name: 'namedConsentOn',
              type: 'date',
              label: label('同意日期（不公开）', 'Consent given on (private)'),
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' } },
              access: villageStaffOnly,
            },
          ],
        },
      ],
    },
    {
      name: 'blackList',
      type: 'array',
      label: label('黑榜（只列类别和户数，不点名）', 'Black list (categories and counts only)'),
      labels: { singular: label('类别', 'Category'), plural: label('类别', 'Categories') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'category',
              type: 'select',
              required: true,
              options: optionsFrom(conductCategories),
              label: label('不文明行为', 'Conduct'),
            },
            {
              name: 'households',
              type: 'number',
              required: true,
              min: 1,
              label: label('户数', 'Households'),
            },
            articleField,
          ],
        },
      ],
    },
    ...scopeFields({ villageRequired: true }),
  ],
}
