/** 身边好榜样 as a worksheet: the columns officers fill in, read into role-model drafts. */
import { honourLevels, roleModelCategories, subjectTypes } from '@xiangfeng/content-schema'
import { chinaDay } from '@xiangfeng/content-schema/china'

import type { Id } from '../ids'
import { validateIdNumber, validatePhone } from '../fields/privacy'
import { findEvery } from '../find'
import type { RoleModel, SelectionBatch } from '../payload-types'
import { richText } from '../fields/richTextLines'
import { chineseDay } from '../fields/dates'
import { halfWidth } from '../fields/text'
import { cellText, dayOf, nameText } from './cells'
import { idKey, type Importer } from './importer'
import type { Column, Read, Sheet } from './sheet'
import { villageColumn, villageScope, type VillageScope } from './villages'

/** What a row of the sheet says, read and checked; ids where the sheet names a village or batch. */
export type RoleModelRow = {
  name: string
  subjectType: string
  category: string
  village: Id | null
  batch: Id | null
  summary: string
  story: string
  honours: { title: string; awardedBy: string; awardedOn: string; level: string }[]
  portrait: string
  phone: string
  idNumber: string
  address: string
  consentSigner: string
  consentSignedOn: string
  consentScope: string
}

/** The names a sheet's lists offer and its cells are read against, as the importing user may use them. */
export type RoleModelContext = VillageScope & { batches: { id: Id; title: string }[] }

const ok = <T>(value: T): Read<T> => ({ value })
const text = (cell: unknown) => ok(cellText(cell))
const labelsOf = (vocab: readonly { label: string }[]) => vocab.map((v) => v.label)
const fromLabel = (vocab: readonly { value: string; label: string }[], what: string) => (cell: unknown) => {
  const typed = cellText(cell).replace(/\s+/g, '')
  if (!typed) return { error: `请填写${what}。` }
  const found = vocab.find((v) => v.label === typed || v.value === typed)
  return found
    ? ok(found.value)
    : { error: `“${typed}”不是可选的${what}；可选：${labelsOf(vocab).join('、')}。` }
}
const labelFor = (vocab: readonly { value: string; label: string }[], value: unknown) =>
  vocab.find((v) => v.value === value)?.label
/** The plain text of a story: headings as "## ", table rows as "| a | b |", one block per line. */
export function storyText(value: unknown): string {
  type Node = { type?: string; text?: string; children?: Node[] }
  const inner = (node: Node): string => node.text ?? (node.children ?? []).map(inner).join('')
  const root = (value as { root?: Node } | null)?.root
  return (root?.children ?? [])
    .flatMap((block) => {
      if (block.type === 'heading') return [`## ${inner(block)}`]
      if (block.type === 'table')
        return (block.children ?? []).map((row) => `| ${(row.children ?? []).map(inner).join(' | ')} |`)
      return [inner(block)]
    })
    .filter((line) => line.trim() !== '')
    .join('\n')
}

const HONOUR_PARTS = /[|｜]/

function readHonours(cell: unknown): Read<RoleModelRow['honours']> {
  const lines = cellText(cell)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  const honours: RoleModelRow['honours'] = []
  for (const [i, line] of lines.entries()) {
    const parts = line.split(HONOUR_PARTS).map((p) => p.trim())
    const where = lines.length > 1 ? `第${i + 1}项荣誉` : '荣誉'
    if (parts.length !== 4 || parts.some((p) => !p))
      return {
        error: `${where}应写成“称号｜授予单位｜日期｜级别”，如“优秀共产党员｜中共云溪镇委员会｜2026年7月1日｜镇级”。`,
      }
    const [title, awardedBy, date, levelLabel] = parts
    const awardedOn = dayOf(date)
    if (!awardedOn) return { error: `${where}的日期“${date}”看不懂，请写成 2026年7月1日 或 2026-7-1。` }
    const level = honourLevels.find((l) => l.label === levelLabel || l.value === levelLabel)
    if (!level)
      return { error: `${where}的级别“${levelLabel}”不可选；可选：${labelsOf(honourLevels).join('、')}。` }
    honours.push({ title, awardedBy, awardedOn, level: level.value })
  }
  return ok(honours)
}

const privateText = (validate?: (v: string) => true | string) => (cell: unknown) => {
  const value = validate ? halfWidth(cellText(cell)).replace(/\s+/g, '') : cellText(cell)
  const check = validate && value ? validate(value) : true
  return check === true ? ok(value) : { error: check }
}

const day = (what: string) => (cell: unknown) => {
  const value = dayOf(cell)
  if (value === null)
    return { error: `${what}“${cellText(cell)}”看不懂，请写成 2026年3月1日、2026-3-1 或 2026/03/01。` }
  return ok(value ?? '')
}
const storedDay = (value: unknown) =>
  typeof value === 'string' && value ? chineseDay(chinaDay(value)) : undefined

type C = Column<RoleModelRow, RoleModel, RoleModelContext>

const columns: C[] = [
  {
    key: 'name',
    header: '姓名 *',
    note: '个人写姓名；家庭写户名，如“李建国家庭”；集体写名称',
    width: 16,
    read: (cell) => {
      const name = nameText(cell)
      return name ? ok(name) : { error: '请填写姓名或户名。' }
    },
    write: (m) => m.name,
  },
  {
    key: 'subjectType',
    header: '对象类型',
    note: '个人、家庭或集体；不填为个人',
    list: () => labelsOf(subjectTypes),
    read: (cell) => (cellText(cell) ? fromLabel(subjectTypes, '对象类型')(cell) : ok('person')),
    write: (m) => labelFor(subjectTypes, m.subjectType),
  },
  {
    key: 'category',
    header: '类别 *',
    note: '从下拉列表选择',
    width: 18,
    list: () => labelsOf(roleModelCategories),
    read: fromLabel(roleModelCategories, '类别'),
    write: (m) => labelFor(roleModelCategories, m.category),
  },
  villageColumn('榜样'),

  {
    key: 'batch',
    header: '评选批次',
    note: '从下拉列表选择；先在“评选批次”中建好批次',
    width: 26,
    list: (c) => c.batches.map((b) => b.title),
    read: (cell, c) => {
      const title = cellText(cell)
      if (!title) return ok(null)
      const batch = c.batches.find((b) => b.title === title || halfWidth(b.title) === halfWidth(title))
      return batch
        ? ok(batch.id)
        : { error: `没有“${title}”这个评选批次，请先在“评选批次”中建好，或从下拉列表选择。` }
    },
    write: (m, c) => c.batches.find((b) => idKey(b.id) === idKey(m.batch))?.title,
  },
  {
    key: 'summary',
    header: '事迹简介 *',
    note: '一两句话，最多300字',
    width: 40,
    read: (cell) => {
      const summary = cellText(cell)
      if (!summary) return { error: '请填写事迹简介。' }
      return summary.length > 300 ? { error: `事迹简介最多300字，现在有${summary.length}字。` } : ok(summary)
    },
    write: (m) => m.summary,
  },
  {
    key: 'story',
    header: '事迹全文',
    note: '一段一行；以“## ”开头的行是小标题',
    width: 50,
    read: text,
    write: (m) => storyText(m.story) || undefined,
  },
  {
    key: 'honours',
    header: '所获荣誉',
    note: '每项一行：称号｜授予单位｜日期｜级别',
    width: 40,
    read: readHonours,
    write: (m) =>
      (m.honours ?? [])
        .map(
          (h) => `${h.title}｜${h.awardedBy}｜${storedDay(h.awardedOn)}｜${labelFor(honourLevels, h.level)}`,
        )
        .join('\n') || undefined,
  },
  {
    key: 'portrait',
    header: '肖像照文件',
    note: '照片的文件名，如“张建民.jpg”；照片打包成 .zip 一起上传',
    width: 18,
    read: (cell) => ok(halfWidth(cellText(cell))),
    // The export reads documents with their portrait, so its file name is at hand.
    write: (m) => (typeof m.portrait === 'object' && m.portrait?.filename) || undefined,
  },
  {
    key: 'phone',
    header: '电话（不公开）',
    asText: true,
    note: '只供工作人员联系，不会公开',
    read: privateText((v) => validatePhone(v)),
    write: (m) => m.contact?.phone ?? undefined,
  },
  {
    key: 'idNumber',
    header: '身份证号（不公开）',
    asText: true,
    note: '18位；请把单元格设为“文本”',
    width: 22,
    read: privateText((v) => validateIdNumber(v)),
    write: (m) => m.contact?.idNumber ?? undefined,
  },
  {
    key: 'address',
    header: '家庭住址（不公开）',
    note: '不会公开',
    width: 24,
    read: text,
    write: (m) => m.contact?.address ?? undefined,
  },
  {
    key: 'consentSigner',
    header: '同意书签署人（不公开）',
    note: '肖像及事迹公开同意书的签署人',
    read: (cell) => ok(nameText(cell)),
    write: (m) => m.consent?.signer ?? undefined,
  },
  {
    key: 'consentSignedOn',
    header: '同意书签署日期（不公开）',
    note: '如 2026年6月20日',
    read: day('同意书签署日期'),
    write: (m) => storedDay(m.consent?.signedOn),
  },
  {
    key: 'consentScope',
    header: '同意范围（不公开）',
    note: '如“镇村宣传栏、门户网站和大屏”',
    width: 24,
    read: text,
    write: (m) => m.consent?.scope ?? undefined,
  },
]

export const roleModelSheet: Sheet<RoleModelRow, RoleModel, RoleModelContext> = {
  name: '身边好榜样',
  columns,
}

export const roleModelImporter: Importer<RoleModelRow, RoleModel, RoleModelContext> = {
  collection: 'role-models',
  files: { template: '身边好榜样导入模板.xlsx', export: '身边好榜样.xlsx' },
  sheet: roleModelSheet,
  context: async (payload, user) => {
    const batches = await findEvery<SelectionBatch>(payload, 'selection-batches', {
      user,
      draft: true,
      sort: '-announcedOn',
    })
    return {
      ...(await villageScope(payload, user)),
      batches: batches.map((b) => ({ id: b.id, title: b.title })),
    }
  },
  nameKey: 'name',
  // 批次 + 姓名 + 村: one person may be named in two batches, and two villages may have a 王伟.
  candidates: (rows) => ({ name: { in: [...new Set(rows.map((r) => r.name))] } }),
  key: (row) => `${idKey(row.batch)}|${row.name}|${idKey(row.village)}`,
  keyOf: (m) => `${idKey(m.batch)}|${m.name}|${idKey(m.village)}`,
  duplicate: '同一批次、同一村、同名',
  photo: {
    key: 'portrait',
    storedName: (m) =>
      typeof m.portrait === 'object' && m.portrait ? (m.portrait.filename ?? undefined) : undefined,
    alt: (row) => `${row.name}的照片`,
  },
  data: (row, existing, changed, portrait) => ({
    name: row.name,
    subjectType: row.subjectType,
    category: row.category,
    village: row.village,
    batch: row.batch,
    summary: row.summary,
    // Rewritten only when its words change: a story formatted in the admin keeps its formatting.
    ...(changed('story')
      ? { story: row.story ? richText(row.story.split('\n').filter((l) => l.trim())) : null }
      : {}),
    honours: row.honours,
    ...(portrait !== undefined ? { portrait } : {}),
    contact: { phone: row.phone, idNumber: row.idNumber, address: row.address },
    consent: {
      ...(existing?.consent ?? {}),
      signer: row.consentSigner,
      signedOn: row.consentSignedOn || null,
      scope: row.consentScope,
    },
  }),
}
