/** 政策解读 as a worksheet for export: the list an officer reports or checks, one explainer a row. */
import { labelOf, policyTopics, policyValidity } from '@xiangfeng/content-schema'
import { chinaDay } from '@xiangfeng/content-schema/china'

import type { PolicyExplainer } from '../payload-types'
import { stateLabel } from '../workflow/states'
import { chineseDay } from '../fields/dates'
import { cellText } from './cells'
import { idKey } from './importer'
import { villageScope, type VillageScope } from './villages'
import type { Sheet } from './sheet'

type Context = VillageScope
const asText = (cell: unknown) => ({ value: cellText(cell) })
const day = (value: string | null | undefined) => (value ? chineseDay(chinaDay(value)) : undefined)

/** Explainers are written in the admin (rich text, Q&A): they export, they do not import. */
export const policyExplainerSheet: Sheet<Record<string, string>, PolicyExplainer, Context> = {
  name: '政策解读',
  columns: [
    { key: 'title', header: '解读标题', note: '', width: 36, read: asText, write: (e) => e.title },
    { key: 'policy', header: '政策文件', note: '', width: 36, read: asText, write: (e) => e.policy?.title },
    {
      key: 'number',
      header: '文号',
      note: '',
      width: 18,
      read: asText,
      write: (e) => e.policy?.documentNumber ?? undefined,
    },
    {
      key: 'body',
      header: '发布机关',
      note: '',
      width: 18,
      read: asText,
      write: (e) => e.policy?.issuingBody,
    },
    { key: 'issued', header: '成文日期', note: '', read: asText, write: (e) => day(e.policy?.issuedOn) },
    {
      key: 'validity',
      header: '效力状态',
      note: '',
      read: asText,
      write: (e) => labelOf(policyValidity, e.policy?.validity ?? ''),
    },
    {
      key: 'topics',
      header: '主题',
      note: '',
      width: 20,
      read: asText,
      write: (e) => (e.topics ?? []).map((t) => labelOf(policyTopics, t)).join('、'),
    },
    {
      key: 'village',
      header: '所属村',
      note: '',
      read: asText,
      write: (e, c) =>
        e.village ? c.allVillages.find((v) => idKey(v.id) === idKey(e.village))?.name : '全镇',
    },
    {
      key: 'state',
      header: '审核状态',
      note: '',
      read: asText,
      write: (e) => stateLabel(e.reviewState ?? 'draft'),
    },
    { key: 'published', header: '发布日期', note: '', read: asText, write: (e) => day(e.publishedAt) },
  ],
}

export const policyExplainerExport = {
  collection: 'policy-explainers' as const,
  fileName: '政策解读.xlsx',
  sheet: policyExplainerSheet,
  context: villageScope,
}
