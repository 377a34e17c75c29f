/** 讲堂 sessions as a worksheet: a month's schedule as officers keep it in Excel. */
import { lectureStatuses } from '@xiangfeng/content-schema'
import { chinaDay, chinaWallClock } from '@xiangfeng/content-schema/china'

import type { Where } from 'payload'

import { findEvery } from '../find'
import type { Id } from '../ids'
import type { LectureSeries, LectureSession } from '../payload-types'
import { chineseDay } from '../fields/dates'
import { halfWidth } from '../fields/text'
import { cellText, dayOf, nameText } from './cells'
import { idKey, type Importer } from './importer'
import { villageColumn, villageScope, type VillageScope } from './villages'
import type { Column, Read, Sheet } from './sheet'

export type LectureSessionRow = {
  title: string
  series: Id
  day: string
  starts: string
  ends: string
  venue: string
  village: Id | null
  speakerName: string
  speakerUnit: string
  speakerTitle: string
  audience: string
  summary: string
  signUpNote: string
  status: string
}

export type LectureSessionContext = VillageScope & { series: { id: Id; name: string }[] }

const ok = <T>(value: T): Read<T> => ({ value })
const text = (cell: unknown) => ok(cellText(cell))
const required = (what: string) => (cell: unknown) => {
  const value = cellText(cell)
  return value ? ok(value) : { error: `请填写${what}。` }
}

/**
 * A time of day as 09:30 from 9:30, 09：30, 9点30, 9点, 下午2:30, a time cell (exceljs reads it as
 * that time on 1899-12-30, UTC) or Excel's fraction of a day; null when it is not a time.
 */
export function timeOf(value: unknown): string | null | undefined {
  const hhmm = (h: number, m: number) =>
    h < 24 && m < 60 ? `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` : null
  if (value instanceof Date) return hhmm(value.getUTCHours(), value.getUTCMinutes())
  if (typeof value === 'number') {
    if (value < 0 || value >= 1) return null
    const minutes = Math.round(value * 1440)
    return hhmm(Math.floor(minutes / 60), minutes % 60)
  }
  const typed = halfWidth(cellText(value)).replace(/\s+/g, '')
  if (!typed) return undefined
  const match = /^(上午|下午|晚上)?(\d{1,2})(?:[:点时](\d{1,2})?分?|点半)?$/.exec(typed)
  if (!match) return null
  const [, part, h, m] = match
  const hour = Number(h) + (part && part !== '上午' && Number(h) < 12 ? 12 : 0)
  return hhmm(hour, typed.endsWith('点半') ? 30 : Number(m ?? 0))
}

const time = (what: string) => (cell: unknown) => {
  const value = timeOf(cell)
  if (value === undefined) return { error: `请填写${what}。` }
  return value ? ok(value) : { error: `${what}“${cellText(cell)}”看不懂，请写成 9:30 或 14:00。` }
}
const clock = (iso: string | null | undefined) => {
  if (!iso) return undefined
  const china = chinaWallClock(iso)
  return `${String(china.getUTCHours()).padStart(2, '0')}:${String(china.getUTCMinutes()).padStart(2, '0')}`
}
const inChina = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`).toISOString()

type C = Column<LectureSessionRow, LectureSession, LectureSessionContext>

const columns: C[] = [
  {
    key: 'title',
    header: '主题 *',
    note: '如“学法用法 守护平安”',
    width: 30,
    read: required('主题'),
    write: (s) => s.title,
  },
  {
    key: 'series',
    header: '讲堂 *',
    note: '从下拉列表选择',
    width: 22,
    list: (c) => c.series.map((s) => s.name),
    read: (cell, c) => {
      const name = cellText(cell)
      if (!name) return { error: '请选择讲堂。' }
      const series = c.series.find((s) => s.name === name || halfWidth(s.name) === halfWidth(name))
      return series
        ? ok(series.id)
        : { error: `没有“${name}”这个讲堂；可选：${c.series.map((s) => s.name).join('、')}。` }
    },
    write: (s, c) => c.series.find((x) => idKey(x.id) === idKey(s.series))?.name,
  },
  {
    key: 'day',
    header: '日期 *',
    note: '如 2026年12月12日',
    width: 16,
    read: (cell) => {
      const day = dayOf(cell)
      if (day === undefined) return { error: '请填写日期。' }
      return day
        ? ok(day)
        : { error: `日期“${cellText(cell)}”看不懂，请写成 2026年12月12日、2026-12-12 或 2026/12/12。` }
    },
    write: (s) => (s.startsAt ? chineseDay(chinaDay(s.startsAt)) : undefined),
  },
  {
    key: 'starts',
    header: '开始时间 *',
    note: '如 9:30',
    read: time('开始时间'),
    write: (s) => clock(s.startsAt),
  },
  {
    key: 'ends',
    header: '结束时间 *',
    note: '如 11:00',
    read: time('结束时间'),
    write: (s) => clock(s.endsAt),
  },
  {
    key: 'venue',
    header: '地点 *',
    note: '如“清溪村党群服务中心二楼”',
    width: 26,
    read: required('地点'),
    write: (s) => s.venue,
  },
  villageColumn('讲座'),

  {
    key: 'speakerName',
    header: '主讲人 *',
    note: '姓名',
    read: (cell) => {
      const name = nameText(cell)
      return name ? ok(name) : { error: '请填写主讲人。' }
    },
    write: (s) => s.speaker?.name,
  },
  {
    key: 'speakerUnit',
    header: '主讲人单位',
    note: '如“县人民法院”',
    width: 18,
    read: text,
    write: (s) => s.speaker?.unit ?? undefined,
  },
  {
    key: 'speakerTitle',
    header: '主讲人职务',
    note: '如“法官”',
    read: text,
    write: (s) => s.speaker?.title ?? undefined,
  },
  {
    key: 'audience',
    header: '参加对象',
    note: '如“全体村民”',
    read: text,
    write: (s) => s.audience ?? undefined,
  },
  {
    key: 'summary',
    header: '内容简介',
    note: '一两句话',
    width: 36,
    read: text,
    write: (s) => s.summary ?? undefined,
  },
  {
    key: 'signUpNote',
    header: '报名方式',
    note: '如“到村委会报名”',
    read: text,
    write: (s) => s.signUpNote ?? undefined,
  },
  {
    key: 'status',
    header: '状态',
    note: '不填为计划举办',
    list: () => lectureStatuses.map((s) => s.label),
    read: (cell) => {
      const typed = cellText(cell).replace(/\s+/g, '')
      if (!typed) return ok('planned')
      const status = lectureStatuses.find((s) => s.label === typed || s.value === typed)
      return status
        ? ok(status.value)
        : { error: `“${typed}”不是可选的状态；可选：${lectureStatuses.map((s) => s.label).join('、')}。` }
    },
    write: (s) => lectureStatuses.find((x) => x.value === s.status)?.label,
  },
]

export const lectureSessionSheet: Sheet<LectureSessionRow, LectureSession, LectureSessionContext> = {
  name: '讲堂安排',
  columns,
}

export const lectureSessionImporter: Importer<LectureSessionRow, LectureSession, LectureSessionContext> = {
  collection: 'lecture-sessions',
  files: { template: '讲堂安排导入模板.xlsx', export: '讲堂安排.xlsx' },
  sheet: lectureSessionSheet,
  context: async (payload, user) => {
    const series = await findEvery<LectureSeries>(payload, 'lecture-series', {
      user,
      draft: true,
      sort: 'name',
    })
    return {
      ...(await villageScope(payload, user)),
      series: series.map((s) => ({ id: s.id, name: s.name })),
    }
  },
  nameKey: 'title',
  // 讲堂 + 日期: a series holds one session a day, so a re-import finds it even with a new title.
  candidates: (rows): Where => {
    const days = rows.map((r) => r.day).sort()
    return {
      and: [
        { series: { in: [...new Set(rows.map((r) => r.series))] } },
        { startsAt: { greater_than_equal: inChina(days[0], '00:00') } },
        {
          startsAt: {
            less_than: new Date(Date.parse(inChina(days.at(-1)!, '00:00')) + 86_400_000).toISOString(),
          },
        },
      ],
    }
  },
  key: (row) => `${idKey(row.series)}|${row.day}`,
  // The China day of its start: a series holds one session a day.
  keyOf: (s) => `${idKey(s.series)}|${chinaDay(s.startsAt)}`,
  duplicate: '同一讲堂、同一天',
  check: (row, header) =>
    row.ends > row.starts ? [] : [{ column: header('ends'), message: '结束时间必须晚于开始时间。' }],
  data: (row) => ({
    title: row.title,
    series: row.series,
    startsAt: inChina(row.day, row.starts),
    endsAt: inChina(row.day, row.ends),
    venue: row.venue,
    village: row.village,
    speaker: { name: row.speakerName, unit: row.speakerUnit, title: row.speakerTitle },
    audience: row.audience,
    summary: row.summary,
    signUpNote: row.signUpNote,
    status: row.status,
  }),
}
