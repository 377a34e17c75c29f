import type { Field } from 'payload'

import { authenticated } from '../access'
import { label, optionsFrom } from '../fields/labels'
import { reviewActions, reviewStates } from './states'
import { dayAndTime } from '../fields/dates'

/**
 * Review state, schedule and history on every reviewed collection; none of it is public.
 * Only review actions write state, history and check result (see guardReview).
 */
export const reviewFields: Field[] = [
  {
    name: 'reviewActions',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/workflow/ReviewActions#ReviewActions' } },
  },
  {
    name: 'reviewState',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    options: optionsFrom(reviewStates),
    label: label('审核状态', 'Review state'),
    access: { read: authenticated },
    // A list column and filter; in the document, ReviewActions shows it.
    admin: { position: 'sidebar', readOnly: true, components: { Field: '/workflow/NotShown#NotShown' } },
  },
  {
    name: 'publishAt',
    type: 'date',
    label: label('定时发布时间', 'Publish at'),
    access: { read: authenticated },
    admin: {
      position: 'sidebar',
      ...dayAndTime,
      description: label('留空则终审通过后立即发布。', 'Empty: published as soon as it is approved.'),
    },
  },
  {
    name: 'reviewHistory',
    type: 'array',
    label: label('审核记录', 'Review history'),
    labels: { singular: label('记录', 'Entry'), plural: label('记录', 'Entries') },
    access: { read: authenticated },
    admin: {
      readOnly: true,
      initCollapsed: true,
      components: { RowLabel: '/workflow/HistoryRowLabel#HistoryRowLabel' },
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'action',
            type: 'select',
            options: optionsFrom(reviewActions),
            label: label('操作', 'Action'),
          },
          {
            name: 'from',
            type: 'select',
            options: optionsFrom(reviewStates),
            label: label('原状态', 'From'),
          },
          { name: 'to', type: 'select', options: optionsFrom(reviewStates), label: label('新状态', 'To') },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'by', type: 'relationship', relationTo: 'users', label: label('操作人', 'By') },
          {
            name: 'at',
            type: 'date',
            label: label('时间', 'At'),
            admin: dayAndTime,
          },
        ],
      },
      { name: 'reason', type: 'textarea', label: label('理由 / 意见', 'Reason') },
    ],
  },
  {
    name: 'flaggedWordsCheck',
    type: 'textarea',
    label: label('错敏词检查结果', 'Flagged-words check'),
    access: { read: authenticated },
    admin: { readOnly: true, position: 'sidebar' },
  },
]
