/**
 * Whether a document, as it would be published, fits the public contract: the check at 提交审核 and
 * 终审 (so nothing approvable can fail a build) and the reason a document is withheld at export.
 * Problems name the field by its Chinese label and say what to do.
 */
import {
  type LinkedCollection,
  linkedCollections,
  type ReviewedCollection,
  typeOfCollection,
} from '@xiangfeng/content-schema'
import type { Field, Payload } from 'payload'
import type { z } from 'zod'

import { fieldLabel } from '../fields/labels'
import { digitsOf, findPersonalData, maskHit, personalDataLabels } from '../fields/personalData'
import { findEvery } from '../find'
import { schemaOf, toPublicOf } from '.'
import { PublicLinks, withoutEmpty } from './publicShape'

export type ContractProblem = { path: string; message: string }

const valueAt = (doc: unknown, path: PropertyKey[]) =>
  path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], doc)

/**
 * What is wrong, in words an editor can act on. `given` is the value in the public record (zod does
 * not report it), `stored` the one in the document.
 */
function describe(issue: z.core.$ZodIssue, given: unknown, stored: unknown): string {
  // A rule across fields (an end after a start) says itself what is wrong, in the contract.
  const zh = issue.code === 'custom' ? (issue.params as { zh?: string } | undefined)?.zh : undefined
  if (zh) return zh
  if (given === undefined) {
    // A relationship to something that is gone resolves to nothing.
    const present = stored !== undefined && stored !== null && stored !== ''
    return present ? '所选的内容已不存在，请重新选择。' : '必须填写。'
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? '必须是整数。' : '填写的内容类型不对。'
    case 'too_small':
      if (issue.origin === 'string') return '不能为空。'
      if (issue.origin === 'array') return `至少要有${issue.minimum}项。`
      return `不能小于${issue.minimum}。`
    case 'too_big':
      if (issue.origin === 'string') return `不能超过${issue.maximum}个字。`
      if (issue.origin === 'array') return `最多${issue.maximum}项。`
      return `不能大于${issue.maximum}。`
    case 'invalid_format':
      if (issue.format === 'url') return '不是有效的网址，请填写以 http:// 或 https:// 开头的完整网址。'
      if (issue.format === 'date' || issue.format === 'datetime') return '日期不对，请重新选择。'
      if (issue.format === 'regex') return '只能用小写字母、数字和连字符。'
      return '格式不对。'
    case 'invalid_value':
      return '不在可选范围内，请重新选择。'
    default:
      return `不符合公开发布的要求（${issue.message}）。`
  }
}

/** A public record checked by the contract: the record as parsed, or its problems by field, in Chinese. */
export function validateRecord<T>(
  schema: z.ZodType<T>,
  record: unknown,
  fields: Field[],
  doc: unknown,
): { data: T; problems?: undefined } | { data?: undefined; problems: ContractProblem[] } {
  const cleaned = withoutEmpty(record)
  const result = schema.safeParse(cleaned)
  if (result.success) return { data: result.data }
  return {
    problems: result.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
      return {
        path: path.join('.'),
        message: `“${fieldLabel(fields, path)}”${describe(issue, valueAt(cleaned, path), valueAt(doc, path))}`,
      }
    }),
  }
}

/**
 * Every document a single record may link to, published or not: a document is checked for what
 * it holds itself. (A lecture of a series not yet published is published fine and listed once its
 * series is; the export drops links to what is not public.)
 */
async function allLinks(payload: Payload): Promise<PublicLinks> {
  const read = (collection: LinkedCollection | 'media' | 'attachments') =>
    findEvery(payload, collection, { draft: true })
  const lists = await Promise.all(linkedCollections.map(async (c) => [c, await read(c)] as const))
  return new PublicLinks({
    ...(Object.fromEntries(lists) as Record<LinkedCollection, never[]>),
    media: await read('media'),
    attachments: await read('attachments'),
  })
}

/** Keys of a record whose values are no text for people: ids, addresses of files, links by id. */
const NOT_TEXT = new Set(['id', 'slug', 'src', 'batch', 'publishedAt', 'updatedAt'])
/** Keys whose phone numbers are public by consent, checked by the contract (a grid's work phones). */
const CONSENTED = new Set(['workPhone', 'raiseMatter'])

/**
 * The personal data in a document's public record, one problem per field: ID, mobile and bank
 * card numbers, and the document's own private home address. Work phones their holders agreed to
 * publish, and the township's published office phone, are allowed anywhere.
 */
export function personalDataProblems(
  record: unknown,
  fields: Field[],
  doc: unknown,
  allowedPhones: ReadonlySet<string>,
): ContractProblem[] {
  // The one private address field the collections hold: a role model's 家庭住址.
  const address = (doc as { contact?: { address?: string | null } } | null)?.contact?.address?.trim()
  const problems: ContractProblem[] = []
  const walk = (value: unknown, path: (string | number)[]) => {
    const key = path.at(-1)
    if (typeof key === 'string' && (NOT_TEXT.has(key) || CONSENTED.has(key))) return
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, [...path, i]))
    if (value && typeof value === 'object')
      return Object.entries(value).forEach(([k, v]) => walk(v, [...path, k]))
    if (typeof value !== 'string') return
    const hits = findPersonalData(value).filter(
      (hit) => hit.kind !== 'mobile' || !allowedPhones.has(digitsOf(hit.text)),
    )
    if (address && address.length >= 6 && value.includes(address))
      hits.push({ kind: 'address', text: address })
    if (!hits.length) return
    const kinds = [...new Set(hits.map((hit) => personalDataLabels[hit.kind]))].join('、')
    problems.push({
      path: path.join('.'),
      message: `“${fieldLabel(fields, path)}”里有像${kinds}的内容（${maskHit(hits[0])}），请删去：身份证号、手机号、银行卡号和家庭住址不能公开。`,
    })
  }
  walk(record, [])
  return problems
}

/** The phone numbers public text may hold: consented work phones, and the township's own. */
async function allowedPhones(payload: Payload) {
  const [grids, settings] = await Promise.all([
    findEvery<{ workers?: { workPhone?: string | null; phonePublic?: boolean | null }[] }>(payload, 'grids', {
      draft: true,
    }),
    payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true }),
  ])
  const phones = grids.flatMap((g) => (g.workers ?? []).filter((w) => w.phonePublic).map((w) => w.workPhone))
  return new Set([...phones, settings.contactPhone].filter((p): p is string => Boolean(p)).map(digitsOf))
}

/** What would keep `doc` from being published: checked at save (the editor's list), 提交审核 and 终审. */
export async function checkPublishable(payload: Payload, collection: ReviewedCollection, doc: unknown) {
  const type = typeOfCollection(collection)!
  const [links, phones] = await Promise.all([allLinks(payload), allowedPhones(payload)])
  const fields = payload.collections[collection].config.fields
  const record = toPublicOf(type)(doc, links)
  return [
    ...(validateRecord(schemaOf(type), record, fields, doc).problems ?? []),
    ...personalDataProblems(withoutEmpty(record), fields, doc, phones),
  ]
}
