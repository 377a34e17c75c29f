import {
  adoptionStepKinds,
  meetingTypes,
  villageRulesAreas,
  villageRulesStatuses,
} from '@xiangfeng/content-schema'
import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { label, optionsFrom } from '../../fields/labels'
import { scopeFields } from '../../fields/scope'
import { slugField } from '../../fields/slug'
import { dayOnly } from '../../fields/dates'

type Chapter = { articles?: { number?: number }[] | null }

/** Articles are numbered 第一条, 第二条 … straight through all chapters, as printed rules are. */
const numberArticles: CollectionBeforeValidateHook = ({ data }) => {
  let number = 0
  for (const chapter of (data?.chapters ?? []) as Chapter[]) {
    for (const article of chapter.articles ?? []) article.number = ++number
  }
  return data
}

type Vote = { eligible?: number; present?: number; for?: number; against?: number; abstain?: number }

const validateVote = (input: unknown) => {
  const value = input as Vote | null | undefined
  if (!value || value.present == null) return true
  const { eligible = 0, present = 0, against = 0, abstain = 0 } = value
  const inFavour = value.for ?? 0
  if (present > eligible) return '到会人数不能多于应到人数。'
  if (inFavour + against + abstain > present) return '赞成、反对、弃权人数之和不能多于到会人数。'
  return true
}

/**
 * 村规民约: one version of a village's rules. A revision is a new document that names the one
 * it supersedes, so earlier versions stay readable.
 */
export const VillageRules: CollectionConfig = {
  slug: 'village-rules',
  typescript: { interface: 'VillageRules' },
  labels: { singular: label('村规民约', 'Village rules'), plural: label('村规民约', 'Village rules') },
  admin: {
    useAsTitle: 'title',
    group: label('宣传内容', 'Content'),
    defaultColumns: ['title', 'village', 'versionLabel', 'status', '_status'],
  },
  hooks: { beforeValidate: [numberArticles] },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('标题', 'Title') },
    {
      type: 'row',
      fields: [
        {
          name: 'versionLabel',
          type: 'text',
          required: true,
          label: label('版本', 'Version'),
          admin: { description: label('如“2024年修订版”。', 'e.g. 2024年修订版.') },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'draft',
          options: optionsFrom(villageRulesStatuses),
          // PostgreSQL: the drafts' own `_status` would take the default enum name too.
          enumName: 'enum_village_rules_rules_status',
          label: label('状态', 'Status'),
        },
      ],
    },
    {
      name: 'areas',
      type: 'select',
      hasMany: true,
      options: optionsFrom(villageRulesAreas),
      label: label('涵盖方面', 'Areas'),
    },
    { name: 'preamble', type: 'textarea', label: label('序言', 'Preamble') },
    {
      name: 'chapters',
      type: 'array',
      required: true,
      minRows: 1,
      label: label('章节', 'Chapters'),
      labels: { singular: label('章', 'Chapter'), plural: label('章', 'Chapters') },
      fields: [
        { name: 'title', type: 'text', required: true, label: label('章标题', 'Chapter title') },
        {
          name: 'articles',
          type: 'array',
          required: true,
          minRows: 1,
          label: label('条款', 'Articles'),
          labels: { singular: label('条', 'Article'), plural: label('条', 'Articles') },
          fields: [
            {
              name: 'number',
              type: 'number',
              label: label('条号', 'No.'),
              admin: { readOnly: true, description: label('保存时自动编号。', 'Numbered on save.') },
            },
            { name: 'text', type: 'textarea', required: true, label: label('条文', 'Text') },
          ],
        },
      ],
    },
    {
      name: 'shortVersion',
      type: 'textarea',
      label: label('顺口溜版 / 三字经版', 'Rhyming short version'),
    },
    {
      name: 'adoptionSteps',
      type: 'array',
      label: label('制定程序', 'Adoption steps'),
      labels: { singular: label('步骤', 'Step'), plural: label('步骤', 'Steps') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              required: true,
              options: optionsFrom(adoptionStepKinds),
              label: label('步骤', 'Step'),
            },
            {
              name: 'date',
              type: 'date',
              required: true,
              label: label('日期', 'Date'),
              admin: dayOnly,
            },
          ],
        },
        { name: 'note', type: 'text', label: label('说明', 'Note') },
      ],
    },
    {
      name: 'vote',
      type: 'group',
      label: label('表决情况（只公开人数，不公开名单）', 'Vote (counts only, never names)'),
      validate: validateVote,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'meetingType',
              type: 'select',
              options: optionsFrom(meetingTypes),
              label: label('会议类型', 'Meeting'),
            },
            {
              name: 'date',
              type: 'date',
              label: label('表决日期', 'Date'),
              admin: dayOnly,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'eligible', type: 'number', min: 0, label: label('应到', 'Eligible') },
            { name: 'present', type: 'number', min: 0, label: label('实到', 'Present') },
            { name: 'for', type: 'number', min: 0, label: label('赞成', 'For') },
            { name: 'against', type: 'number', min: 0, label: label('反对', 'Against') },
            { name: 'abstain', type: 'number', min: 0, label: label('弃权', 'Abstain') },
          ],
        },
      ],
    },
    {
      name: 'supersedes',
      type: 'relationship',
      relationTo: 'village-rules',
      label: label('修订自（上一版本）', 'Supersedes'),
      admin: { position: 'sidebar' },
    },
    slugField({ from: 'title' }),
    ...scopeFields({ villageRequired: true }),
  ],
}
