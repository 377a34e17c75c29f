import { explainerForms, explainerOrigins, policyTopics, policyValidity } from '@xiangfeng/content-schema'
import type { CollectionConfig } from 'payload'

import { label, optionsFrom } from '../../fields/labels'
import { scopeFields } from '../../fields/scope'
import { slugField } from '../../fields/slug'
import { dayOnly } from '../../fields/dates'

/** 政策解读: a plain-language explainer published with its policy document. */
export const PolicyExplainers: CollectionConfig = {
  slug: 'policy-explainers',
  labels: { singular: label('政策解读', 'Policy explainer'), plural: label('政策解读', 'Policy explainers') },
  admin: {
    useAsTitle: 'title',
    group: label('宣传内容', 'Content'),
    defaultColumns: ['title', 'topics', '_status', 'updatedAt'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('解读标题', 'Title') },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 300,
      label: label('一句话说明', 'Summary'),
      admin: {
        description: label('用群众听得懂的话说清这项政策管什么。', 'What the policy does, in plain words.'),
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: label('政策原文', 'Policy document'),
          fields: [
            {
              name: 'policy',
              type: 'group',
              label: label('政策文件', 'Policy document'),
              fields: [
                { name: 'title', type: 'text', required: true, label: label('文件标题', 'Title') },
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'documentNumber',
                      type: 'text',
                      label: label('文号', 'Document number'),
                      admin: { description: label('如“某政发〔2025〕12号”。', 'e.g. 某政发〔2025〕12号.') },
                    },
                    {
                      name: 'issuingBody',
                      type: 'text',
                      required: true,
                      label: label('发文机关', 'Issuing body'),
                    },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'issuedOn',
                      type: 'date',
                      required: true,
                      label: label('成文日期', 'Issued on'),
                      admin: dayOnly,
                    },
                    {
                      name: 'effectiveOn',
                      type: 'date',
                      label: label('施行日期', 'Effective on'),
                      admin: dayOnly,
                    },
                    {
                      name: 'expiresOn',
                      type: 'date',
                      label: label('有效期至', 'Valid until'),
                      admin: {
                        ...dayOnly,
                        description: label(
                          '文件规定的有效期最后一天；过了这一天，网站和大屏自动显示为已失效。',
                          'The last day the document is valid; after it the portal and screens show it expired.',
                        ),
                      },
                    },
                    {
                      name: 'validity',
                      type: 'select',
                      required: true,
                      defaultValue: 'current',
                      options: optionsFrom(policyValidity),
                      label: label('有效性', 'Validity'),
                    },
                  ],
                },
                { name: 'indexNumber', type: 'text', label: label('索引号', 'Index number') },
                {
                  name: 'originalUrl',
                  type: 'text',
                  label: label('原文链接', 'Link to the original'),
                  validate: (value: string | null | undefined) =>
                    !value || /^https?:\/\/\S+$/.test(value) || '原文链接应以 http:// 或 https:// 开头。',
                },
              ],
            },
          ],
        },
        {
          label: label('解读内容', 'Explainer'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'origin',
                  type: 'select',
                  required: true,
                  defaultValue: 'original',
                  options: optionsFrom(explainerOrigins),
                  label: label('来源', 'Origin'),
                },
                {
                  name: 'reprintSource',
                  type: 'text',
                  label: label('转载来源', 'Reprinted from'),
                  admin: { condition: (data) => data?.origin === 'reprinted' },
                  validate: (
                    value: string | null | undefined,
                    { siblingData }: { siblingData: Record<string, unknown> },
                  ) =>
                    siblingData.origin !== 'reprinted' ||
                    Boolean(value?.trim()) ||
                    '转载的解读必须注明来源。',
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'forms',
                  type: 'select',
                  hasMany: true,
                  options: optionsFrom(explainerForms),
                  label: label('解读形式', 'Forms'),
                },
                {
                  name: 'topics',
                  type: 'select',
                  hasMany: true,
                  required: true,
                  options: optionsFrom(policyTopics),
                  label: label('主题', 'Topics'),
                },
              ],
            },
            {
              name: 'background',
              type: 'richText',
              label: label('出台背景和目的', 'Background and purpose'),
            },
            {
              name: 'mainContent',
              type: 'richText',
              required: true,
              label: label('主要内容', 'Main content'),
            },
            { name: 'appliesTo', type: 'textarea', label: label('适用对象', 'Who it applies to') },
            { name: 'changes', type: 'textarea', label: label('与原政策相比有哪些变化', 'What changes') },
            {
              name: 'keyPoints',
              type: 'array',
              label: label('要点', 'Key points'),
              labels: { singular: label('要点', 'Key point'), plural: label('要点', 'Key points') },
              fields: [{ name: 'text', type: 'textarea', required: true, label: label('要点', 'Point') }],
            },
            {
              name: 'howToAct',
              type: 'group',
              label: label('群众怎么办', 'What residents must do'),
              fields: [
                { name: 'office', type: 'text', label: label('办理地点', 'Office') },
                { name: 'conditions', type: 'textarea', label: label('办理条件', 'Conditions') },
                { name: 'materials', type: 'textarea', label: label('所需材料', 'Materials') },
                { name: 'steps', type: 'textarea', label: label('办理流程', 'Steps') },
                { name: 'deadline', type: 'text', label: label('办理时限', 'Deadline') },
              ],
            },
            {
              name: 'qa',
              type: 'array',
              label: label('问答', 'Q&A'),
              labels: { singular: label('问答', 'Question'), plural: label('问答', 'Questions') },
              fields: [
                { name: 'question', type: 'text', required: true, label: label('问', 'Question') },
                { name: 'answer', type: 'textarea', required: true, label: label('答', 'Answer') },
              ],
            },
            { name: 'graphic', type: 'upload', relationTo: 'media', label: label('图解', 'Graphic') },
          ],
        },
      ],
    },
    {
      name: 'related',
      type: 'relationship',
      relationTo: 'policy-explainers',
      hasMany: true,
      label: label('相关解读', 'Related explainers'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'supersededBy',
      type: 'relationship',
      relationTo: 'policy-explainers',
      label: label('已被以下解读替代', 'Superseded by'),
      admin: { position: 'sidebar' },
    },
    slugField({ from: 'title' }),
    ...scopeFields(),
  ],
}
