/** The figures as an Excel report, one sheet per kind of content, as a township files them. */
import ExcelJS from 'exceljs'

import { chineseDay } from '../fields/dates'
import { chinaDay } from '@xiangfeng/content-schema'
import { type Count, EXPIRING_DAYS, type Figures, monthLabel, SCREEN_DAYS } from './figures'

export async function statisticsWorkbook(f: Figures) {
  const wb = new ExcelJS.Workbook()
  wb.creator = '乡风'
  const asOf = `统计截至${chineseDay(chinaDay(f.asOf))}`
  const sheet = (name: string) => {
    const ws = wb.addWorksheet(name)
    ws.addRow([`${name}（${asOf}）`]).font = { bold: true, size: 14 }
    return ws
  }
  const table = (ws: ExcelJS.Worksheet, headers: string[], rows: (string | number)[][]) => {
    ws.addRow([])
    ws.addRow(headers).font = { bold: true }
    for (const row of rows) ws.addRow(row)
  }
  const counts = (items: Count[]) => items.map((c) => [c.label, c.count])

  const models = sheet('身边好榜样')
  table(
    models,
    ['类别', '人数（户、组）'],
    [...counts(f.roleModels.byCategory), ['合计', f.roleModels.total]],
  )
  table(models, ['所属', '人数（户、组）'], counts(f.roleModels.byVillage))
  table(models, ['评选批次', '人数（户、组）'], counts(f.roleModels.byBatch))
  models.getColumn(1).width = 30
  models.getColumn(2).width = 16

  const lectures = sheet('讲堂')
  table(
    lectures,
    ['讲堂', '月份', '举办场次', '参加人次'],
    [
      ...f.lectures.map((l) => [l.series, monthLabel(l.month), l.held, l.attendance]),
      [
        '合计',
        '',
        f.lectures.reduce((n, l) => n + l.held, 0),
        f.lectures.reduce((n, l) => n + l.attendance, 0),
      ],
    ],
  )
  lectures.getColumn(1).width = 24

  const explainers = sheet('政策解读')
  table(explainers, ['效力状态', '篇数'], [...counts(f.explainers.byValidity), ['合计', f.explainers.total]])
  table(explainers, ['今年发布', '篇数'], [[`${f.asOf.slice(0, 4)}年`, f.explainers.thisYear]])
  table(
    explainers,
    [`${EXPIRING_DAYS}天内到期`, '有效期至'],
    f.explainers.expiring.map((e) => [e.title, chineseDay(e.expiresOn)]),
  )

  const screens = sheet('大屏在线率')
  table(
    screens,
    ['大屏', '所属村', `近${SCREEN_DAYS}天应报告次数`, '实际报告次数', '在线率'],
    f.screens.map((s) => [
      s.name,
      s.village,
      s.expected,
      s.reports,
      s.share === null ? '—' : `${(s.share * 100).toFixed(1)}%`,
    ]),
  )
  screens.getColumn(1).width = 24
  return wb
}
