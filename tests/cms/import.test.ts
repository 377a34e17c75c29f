/**
 * Role models from Excel, as officers work: the template, a dry run that names every problem,
 * an import that writes only good rows (each on its own) in the officer's own scope, re-import as
 * a no-op, export → import round-trips, and files saved by LibreOffice and zipped on Windows.
 */
import fs from 'node:fs'
import path from 'node:path'

import ExcelJS from 'exceljs'
import { zipSync } from 'fflate'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { publicRoleModel } from '@xiangfeng/cms/collections/RoleModels/public'
import { DEMO_PASSWORD } from '@xiangfeng/cms/seed/data/places'
import { PublicLinks } from '@xiangfeng/cms/collections/publicShape'
import { apiClient, makeUser, startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
const tokens: Record<string, string> = {}
const fixtures = path.join(import.meta.dirname, '../fixtures/import')
const SECOND = '2026年第二批“身边好榜样”'

const HEADERS = [
  '姓名 *',
  '对象类型',
  '类别 *',
  '所属村',
  '评选批次',
  '事迹简介 *',
  '事迹全文',
  '所获荣誉',
  '肖像照文件',
  '电话（不公开）',
  '身份证号（不公开）',
  '家庭住址（不公开）',
  '同意书签署人（不公开）',
  '同意书签署日期（不公开）',
  '同意范围（不公开）',
]

/** A workbook as an officer makes one: a merged title row above the headers, then the rows. */
async function workbook(rows: Record<string, unknown>[], { title = true } = {}) {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('名单')
  if (title) {
    ws.addRow(['云溪镇身边好榜样推荐名单（盖章）'])
    ws.mergeCells(1, 1, 1, 6)
  }
  ws.addRow(HEADERS)
  for (const row of rows) ws.addRow(HEADERS.map((h) => row[h.replace(/[ *]|（不公开）/g, '')] ?? null))
  return Buffer.from(await wb.xlsx.writeBuffer())
}

async function send(
  user: string,
  file: Buffer,
  { mode = 'dry-run', photos, submit = false }: { mode?: string; photos?: Buffer; submit?: boolean } = {},
) {
  const form = new FormData()
  form.set('workbook', new Blob([new Uint8Array(file)]), 'rows.xlsx')
  if (photos) form.set('photos', new Blob([new Uint8Array(photos)]), 'photos.zip')
  form.set('mode', mode)
  if (submit) form.set('submit', 'yes')
  const response = await api.request('POST', '/role-models/import', { token: tokens[user], body: form })
  const body = (await response.json()) as any
  if (mode !== 'import' || response.status !== 202) return { status: response.status, body }
  // The import is queued; this process runs no jobs on a timer, so run it here as the server would.
  await cms.payload.jobs.run({ queue: 'import' })
  const done = await api.get(`/role-models/import/${body.importId}`, { token: tokens[user] })
  expect(done.body.status).toBe('done')
  return done
}

/** `count` rows of the required columns only, named 前缀0, 前缀1, …: a long sheet. */
const plainRows = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => ({
    姓名: `${prefix}${i}`,
    类别: '和睦友好好邻居',
    所属村: '清溪村',
    事迹简介: '一行。',
  }))

const summaryOf = (rows: any[]) => rows.map((r) => [r.row, r.name, r.action])
const allModels = async () =>
  (await cms.payload.find({ collection: 'role-models', draft: true, limit: 0, pagination: false, depth: 0 }))
    .docs
const jpeg = (colour: string) =>
  sharp({ create: { width: 120, height: 160, channels: 3, background: colour } })
    .jpeg()
    .toBuffer()

beforeAll(async () => {
  cms = await startCms({ seeded: true })
  api = await apiClient(cms.config)
  for (const name of ['editor', 'qingxi', 'reviewer'])
    tokens[name] = await api.login(`${name}@yunxi.example`, DEMO_PASSWORD)
}, 120_000)
afterAll(async () => cms?.close())

describe('the template', () => {
  const download = async (user?: string) =>
    api.request('GET', '/role-models/import-template', { token: user && tokens[user] })

  test('has the headers, a notes row, and drop-down lists holding the live vocabularies', async () => {
    const response = await download('editor')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await response.arrayBuffer())
    const ws = wb.worksheets[0]
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(HEADERS)
    expect(String(ws.getCell('A3').value)).toContain('个人写姓名')
    const lists = wb.getWorksheet('选项')!
    expect(lists.state).toBe('hidden')
    const listOf = (header: string) => {
      const column = HEADERS.indexOf(header) + 1
      // exceljs reads the range's one rule back cell by cell: the first data row's, and the last's.
      const letterOf = ws.getColumn(column).letter
      expect((ws as any).dataValidations.model[`${letterOf}2003`]?.type, header).toBe('list')
      const rule = (ws as any).dataValidations.model[`${letterOf}4`]
      expect(rule?.type, header).toBe('list')
      const [, , letter] = /^选项!\$([A-Z]+)\$1:\$([A-Z]+)\$\d+$/.exec(rule.formulae[0])!
      return (lists.getColumn(letter).values as unknown[]).filter(Boolean)
    }
    expect(listOf('类别 *')).toEqual([
      '先锋引领好党员',
      '孝老敬亲好儿媳',
      '向上向善好青年',
      '引领风尚好家庭',
      '致富带富好村民',
      '和睦友好好邻居',
      '助人为乐好榜样',
    ])
    expect((listOf('所属村') as string[]).sort()).toEqual(['柳湾村', '清溪村', '石桥村', '桃园村'].sort())
    expect(listOf('评选批次')).toEqual([SECOND, '2026年度庆七一“身边好榜样”', '2025年度“身边好榜样”'])
    expect(ws.getColumn(HEADERS.indexOf('身份证号（不公开）') + 1).numFmt).toBe('@')
  })

  test('a village officer’s list of villages holds only their own', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await (await download('qingxi')).arrayBuffer())
    const lists = wb.getWorksheet('选项')!
    const column = HEADERS.indexOf('所属村') + 1
    expect((lists.getColumn(column).values as unknown[]).filter(Boolean)).toEqual(['清溪村'])
  })

  test('is refused to a reviewer (403) and to nobody signed in (401)', async () => {
    expect((await download('reviewer')).status).toBe(403)
    expect((await download()).status).toBe(401)
  })
})

describe('a dry run', () => {
  const rows = [
    // Good: full-width digits, a spaced-out name, a date typed in Chinese, a township-wide batch.
    {
      姓名: '孙　丽',
      类别: '和睦友好好邻居',
      所属村: '清溪村',
      评选批次: SECOND,
      事迹简介: '二十年如一日照顾孤寡邻居。',
      电话: '１３９-0000-0001',
      同意书签署日期: '2026年3月1日',
      所获荣誉: '好邻居｜清溪村村委会｜2026-3-1｜村级',
    },
    // Good: a household, an Excel date number, a date with slashes in the honours.
    {
      姓名: '钱家家庭',
      对象类型: '家庭',
      类别: '引领风尚好家庭',
      所属村: '桃园村',
      事迹简介: '家风淳朴，热心公益。',
      同意书签署日期: 46082,
      所获荣誉: '文明家庭｜云溪镇人民政府｜2026/03/01｜镇级',
    },
    // Bad in five ways.
    {
      姓名: '赵六',
      类别: '好人好事',
      所属村: '北山村',
      事迹简介: '',
      身份证号: '123456',
      同意书签署日期: '三月一日',
    },
    // Bad: the honours do not have four parts, and the photo is not uploaded.
    {
      姓名: '李七',
      类别: '助人为乐好榜样',
      所属村: '石桥村',
      事迹简介: '见义勇为。',
      所获荣誉: '见义勇为先进个人',
      肖像照文件: '李七.jpg',
    },
    // The same person twice.
    { 姓名: '孙丽', 类别: '和睦友好好邻居', 所属村: '清溪村', 评选批次: SECOND, 事迹简介: '重复的一行。' },
  ]

  test('lists every row with its result, and every problem by row, column and what is wrong, writing nothing', async () => {
    const before = (await allModels()).length
    const { status, body } = await send('editor', await workbook(rows))
    expect(status).toBe(200)
    expect(summaryOf(body.rows)).toEqual([
      [3, '孙丽', 'create'],
      [4, '钱家家庭', 'create'],
      [5, '赵六', 'error'],
      [6, '李七', 'error'],
      [7, '孙丽', 'error'],
    ])
    const errors = (row: number) =>
      body.rows.find((r: any) => r.row === row).errors.map((e: any) => `${e.column}：${e.message}`)
    expect(errors(5)).toEqual([
      expect.stringMatching(/^类别 \*：“好人好事”不是可选的类别；可选：先锋引领好党员、/),
      expect.stringMatching(/^所属村：没有叫“北山村”的村；可选：/),
      '事迹简介 *：请填写事迹简介。',
      expect.stringMatching(/^身份证号（不公开）：身份证号码格式不对/),
      expect.stringMatching(/^同意书签署日期（不公开）：同意书签署日期“三月一日”看不懂/),
    ])
    expect(errors(6)).toEqual([
      expect.stringMatching(/^所获荣誉：荣誉应写成“称号｜授予单位｜日期｜级别”/),
      '肖像照文件：填写了照片“李七.jpg”，请同时上传照片压缩包（.zip）。',
    ])
    expect(errors(7)).toEqual(['姓名 *：与第3行重复（同一批次、同一村、同名）。'])
    expect((await allModels()).length).toBe(before)
  })

  test('a file that is not a workbook, or a workbook without the headers, gets a 400 in Chinese', async () => {
    const notXlsx = await send('editor', Buffer.from('姓名,类别\n张三,好邻居'))
    expect(notXlsx.status).toBe(400)
    expect(notXlsx.body.errors[0].message).toContain('请上传 Excel 的 .xlsx 文件')
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('表').addRow(['序号', '姓名 *', '备注'])
    const noHeaders = await send('editor', Buffer.from(await wb.xlsx.writeBuffer()))
    expect(noHeaders.status).toBe(400)
    expect(noHeaders.body.errors[0].message).toContain('没有找到表头')
    const empty = await api.request('POST', '/role-models/import', {
      token: tokens.editor,
      body: new FormData(),
    })
    expect(empty.status).toBe(400)
  })

  test('a reviewer may not import (403)', async () => {
    expect((await send('reviewer', await workbook(rows.slice(0, 1)))).status).toBe(403)
  })
})

describe('the import', () => {
  test('writes the good rows as drafts with private columns in the private fields only, and nothing of the bad ones', async () => {
    const rows = [
      {
        姓名: '孙桂芳',
        类别: '孝老敬亲好儿媳',
        所属村: '柳湾村',
        评选批次: SECOND,
        事迹简介: '照顾瘫痪婆婆十年。',
        事迹全文: '## 十年如一日\n她每天凌晨五点起床。\n给婆婆擦身、喂饭。',
        电话: '138-0000-7001',
        身份证号: '999999197001010017',
        家庭住址: '柳湾村三组（虚构）',
        同意书签署人: '孙桂芳',
        同意书签署日期: '2026-06-01',
        同意范围: '门户网站和大屏',
      },
      { 姓名: '错一行', 类别: '不存在的类别', 所属村: '柳湾村', 事迹简介: '有错。' },
    ]
    const before = (await allModels()).length
    const { status, body } = await send('editor', await workbook(rows), { mode: 'import' })
    expect(status).toBe(200)
    expect(body).toMatchObject({ done: 2, total: 2 })
    expect(summaryOf(body.rows)).toEqual([
      [3, '孙桂芳', 'create'],
      [4, '错一行', 'error'],
    ])
    expect((await allModels()).length).toBe(before + 1)
    const doc = await cms.payload.findByID({
      collection: 'role-models',
      id: body.rows[0].id,
      draft: true,
      depth: 0,
    })
    expect(doc._status).toBe('draft')
    expect(doc.reviewState).toBe('draft')
    expect(doc.contact).toMatchObject({
      phone: '138-0000-7001',
      idNumber: '999999197001010017',
      address: '柳湾村三组（虚构）',
    })
    expect(doc.consent).toMatchObject({ signer: '孙桂芳', scope: '门户网站和大屏' })
    expect(doc.summary).toBe('照顾瘫痪婆婆十年。')
    // What the public would get of it holds none of the private values.
    const links = new PublicLinks({
      townships: [],
      villages: [],
      'role-models': [],
      'selection-batches': [],
      'lecture-series': [],
      'policy-explainers': [],
      'village-rules': [],
      media: [],
      attachments: [],
    })
    const record = JSON.stringify(publicRoleModel(doc, links))
    for (const secret of ['138-0000-7001', '999999197001010017', '柳湾村三组', '门户网站和大屏'])
      expect(record).not.toContain(secret)
    expect(record).toContain('<h2>十年如一日</h2>')
  })

  test('importing the same workbook again changes nothing; an edited row updates its draft and says which columns', async () => {
    const rows = [
      {
        姓名: '冯大海',
        类别: '致富带富好村民',
        所属村: '石桥村',
        评选批次: SECOND,
        事迹简介: '带领村民种茶。',
        所获荣誉: '致富能手｜云溪镇人民政府｜2026年1月5日｜镇级',
      },
      { 姓名: '冯小河', 类别: '向上向善好青年', 所属村: '石桥村', 评选批次: SECOND, 事迹简介: '义务支教。' },
    ]
    const first = await send('editor', await workbook(rows), { mode: 'import' })
    expect(summaryOf(first.body.rows).map((r) => r[2])).toEqual(['create', 'create'])
    const stamp = async () =>
      (await allModels())
        .filter((m) => m.name.startsWith('冯'))
        .map((m) => `${m.id}@${m.updatedAt}`)
        .sort()
    const before = await stamp()
    const again = await send('editor', await workbook(rows), { mode: 'import' })
    expect(again.body.rows.map((r: any) => r.action)).toEqual(['unchanged', 'unchanged'])
    expect(await stamp()).toEqual(before)

    const edited = [{ ...rows[0], 事迹简介: '带领全村种茶，户均增收一万元。' }, rows[1]]
    const dry = await send('editor', await workbook(edited))
    expect(dry.body.rows.map((r: any) => [r.action, r.changes])).toEqual([
      ['update', ['事迹简介 *']],
      ['unchanged', []],
    ])
    await send('editor', await workbook(edited), { mode: 'import' })
    const updated = (await allModels()).find((m) => m.name === '冯大海')!
    expect(updated.summary).toBe('带领全村种茶，户均增收一万元。')
    expect((await allModels()).filter((m) => m.name.startsWith('冯'))).toHaveLength(2)
  })

  test('a village officer imports into their own village only: another village’s rows are refused by name and not written', async () => {
    const rows = [
      { 姓名: '清溪新人', 类别: '和睦友好好邻居', 所属村: '清溪村', 事迹简介: '热心。' },
      { 姓名: '桃园外人', 类别: '和睦友好好邻居', 所属村: '桃园村', 事迹简介: '热心。' },
      { 姓名: '无村之人', 类别: '和睦友好好邻居', 事迹简介: '热心。' },
    ]
    const { body } = await send('qingxi', await workbook(rows), { mode: 'import' })
    expect(summaryOf(body.rows)).toEqual([
      [3, '清溪新人', 'create'],
      [4, '桃园外人', 'error'],
      [5, '无村之人', 'error'],
    ])
    expect(body.rows[1].errors[0].message).toBe('“桃园村”不是您负责的村，不能导入。')
    expect(body.rows[2].errors[0].message).toContain('请填写所属村')
    const names = (await allModels()).map((m) => m.name)
    expect(names).toContain('清溪新人')
    expect(names).not.toContain('桃园外人')
    expect(names).not.toContain('无村之人')
  })

  test('with 提交审核 chosen, each written draft is sent to review', async () => {
    const rows = [{ 姓名: '褚送审', 类别: '助人为乐好榜样', 所属村: '清溪村', 事迹简介: '扶老人过河。' }]
    const { body } = await send('editor', await workbook(rows), { mode: 'import', submit: true })
    expect(body.rows[0].note).toBeUndefined()
    const doc = await cms.payload.findByID({
      collection: 'role-models',
      id: body.rows[0].id,
      draft: true,
      depth: 0,
    })
    expect(doc.reviewState).toBe('submitted')
    expect(doc.reviewHistory?.at(-1)).toMatchObject({ action: 'submit', from: 'draft', to: 'submitted' })
  })

  test('photos in a .zip are matched by file name, with or without extension, and become the portrait', async () => {
    const photos = Buffer.from(
      zipSync({ '照片/卫红.JPG': await jpeg('#a33'), 'notes.txt': new TextEncoder().encode('x') }),
    )
    const rows = [
      {
        姓名: '卫红',
        类别: '助人为乐好榜样',
        所属村: '清溪村',
        事迹简介: '义务献血二十次。',
        肖像照文件: '卫红',
      },
    ]
    const { body } = await send('editor', await workbook(rows), { mode: 'import', photos })
    expect(summaryOf(body.rows)).toEqual([[3, '卫红', 'create']])
    const doc = await cms.payload.findByID({
      collection: 'role-models',
      id: body.rows[0].id,
      draft: true,
      depth: 1,
    })
    expect(doc.portrait).toMatchObject({ alt: '卫红的照片', width: 120, height: 160 })
    // The same workbook and photos again: the portrait is the one already there.
    const again = await send('editor', await workbook(rows), { mode: 'import', photos })
    expect(again.body.rows[0].action).toBe('unchanged')
  })

  test('a zip made on Chinese Windows (file names in GBK, no UTF-8 flag) is read by its real names', async () => {
    const photos = fs.readFileSync(path.join(fixtures, 'photos-gbk-names.zip'))
    const rows = [
      {
        姓名: '周敏',
        类别: '向上向善好青年',
        所属村: '石桥村',
        事迹简介: '返乡创业。',
        肖像照文件: '周敏.jpg',
      },
    ]
    const { body } = await send('editor', await workbook(rows), { photos })
    expect(body.rows[0]).toMatchObject({ action: 'create', errors: [] })
  })

  test('a row whose photo is not a picture is refused whole: no role model and no picture are left', async () => {
    const photos = Buffer.from(zipSync({ '假照片.jpg': new TextEncoder().encode('not a jpeg') }))
    const rows = [
      {
        姓名: '假照片',
        类别: '助人为乐好榜样',
        所属村: '清溪村',
        事迹简介: '有一张坏照片。',
        肖像照文件: '假照片.jpg',
      },
    ]
    const media = async () => (await cms.payload.count({ collection: 'media' })).totalDocs
    const before = await media()
    const { body } = await send('editor', await workbook(rows), { mode: 'import', photos })
    expect(body.rows[0].action).toBe('error')
    expect(body.rows[0].errors[0].message).toContain('只能上传 JPG、PNG 或 WebP 格式的图片')
    expect((await allModels()).map((m) => m.name)).not.toContain('假照片')
    expect(await media()).toBe(before)
  })

  test('a workbook that unpacks past 20 MB is refused before it is read, with a 400 in Chinese', async () => {
    // A 400 MB sheet of zeros in a file of under 1 MB: the shape of a zip bomb.
    const bomb = Buffer.from(
      zipSync(
        {
          '[Content_Types].xml': new Uint8Array(10),
          'xl/worksheets/sheet1.xml': new Uint8Array(400 * 1024 * 1024),
        },
        { level: 9 },
      ),
    )
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const { status, body } = await send('editor', bomb)
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain('解开后超过20 MB')
  })

  test('a workbook of more than 2 000 rows is refused with a 400 that says to split it', async () => {
    const many = plainRows(2001, '测试')
    const { status, body } = await send('editor', await workbook(many))
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain('一个文件最多2000行，这个文件有2001行')
  })

  test('a check of 600 rows reads the drafts they may update in one query, not one per row', async () => {
    const rows = plainRows(600, '查询')
    // The real adapter, counted: each read of role-model drafts is one call of queryDrafts.
    const db = cms.payload.db as unknown as {
      queryDrafts: (args: { collection: string }) => Promise<unknown>
    }
    const queryDrafts = db.queryDrafts
    let reads = 0
    db.queryDrafts = function (this: unknown, args) {
      if (args.collection === 'role-models') reads++
      return queryDrafts.call(this, args)
    }
    try {
      const { status, body } = await send('editor', await workbook(rows))
      expect(status).toBe(200)
      expect(body.rows).toHaveLength(600)
      expect(body.rows.every((r: { action: string }) => r.action === 'create')).toBe(true)
    } finally {
      db.queryDrafts = queryDrafts
    }
    expect(reads).toBe(1)
  })

  test('a zip holding a huge entry is refused before it is unpacked', async () => {
    const photos = Buffer.from(zipSync({ 'big.jpg': new Uint8Array(30 * 1024 * 1024) }))
    const { status, body } = await send('editor', await workbook([]), { photos })
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain('超过25 MB')
  })
})

describe('files as officers really save them', () => {
  test('a workbook saved by LibreOffice Calc (rich-text runs, a title row, full-width digits) imports', async () => {
    const file = fs.readFileSync(path.join(fixtures, 'role-models-libreoffice.xlsx'))
    const { body } = await send('editor', file)
    expect(summaryOf(body.rows)).toEqual([
      [3, '周敏', 'create'],
      [4, '吴家和家庭', 'create'],
      [5, '郑卫东', 'create'],
    ])
    expect(body.rows.flatMap((r: any) => r.errors)).toEqual([])
  })
})

describe('export', () => {
  test('exporting the list and importing the file unchanged changes nothing', async () => {
    const response = await api.request('GET', '/role-models/export', { token: tokens.editor })
    expect(response.status).toBe(200)
    const file = Buffer.from(await response.arrayBuffer())
    const exported = new ExcelJS.Workbook()
    await exported.xlsx.load(file as never)
    const count = (await allModels()).length
    expect(exported.worksheets[0].actualRowCount).toBe(3 + count)
    const { body } = await send('editor', file)
    expect(body.rows).toHaveLength(count)
    expect(body.rows.filter((r: any) => r.action !== 'unchanged')).toEqual([])
  })

  test('the export follows the list’s filters, and a village officer’s holds no other village’s private values', async () => {
    const filtered = await api.request(
      'GET',
      '/role-models/export?where[category][equals]=pioneer-party-member',
      { token: tokens.editor },
    )
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await filtered.arrayBuffer())
    const categories = new Set<unknown>()
    wb.worksheets[0].eachRow((row, n) => n > 3 && categories.add(row.getCell(3).value))
    expect([...categories]).toEqual(['先锋引领好党员'])

    const own = await api.request('GET', '/role-models/export', { token: tokens.qingxi })
    const sheet = (await new ExcelJS.Workbook().xlsx.load(await own.arrayBuffer())).worksheets[0]
    const text = JSON.stringify(sheet.getSheetValues())
    const qingxi = (await cms.payload.find({ collection: 'villages', where: { name: { equals: '清溪村' } } }))
      .docs[0].id
    const elsewhere = (await allModels()).filter(
      (m) => m.contact?.phone && String(m.village) !== String(qingxi),
    )
    expect(elsewhere.length).toBeGreaterThan(5)
    for (const m of elsewhere) expect(text).not.toContain(m.contact!.phone!)
    expect(text).toContain('138-0000-0001')
  })
})

describe('the import’s record', () => {
  test('only its officer and township editors may read it, and its uploaded files are gone when it ends', async () => {
    const rows = [
      {
        姓名: '蒋记录',
        类别: '助人为乐好榜样',
        所属村: '清溪村',
        事迹简介: '看守水库十年。',
        电话: '138-0000-7002',
      },
    ]
    const form = new FormData()
    form.set('workbook', new Blob([new Uint8Array(await workbook(rows))]), 'rows.xlsx')
    form.set('mode', 'import')
    const queued = await api.request('POST', '/role-models/import', { token: tokens.qingxi, body: form })
    expect(queued.status).toBe(202)
    const { importId } = (await queued.json()) as { importId: number }
    const files = path.join(cms.dataDir, 'imports', String(importId))
    expect(fs.existsSync(path.join(files, 'workbook.xlsx'))).toBe(true)
    expect((await api.get(`/role-models/import/${importId}`, { token: tokens.qingxi })).body.status).toBe(
      'queued',
    )
    await cms.payload.jobs.run({ queue: 'import' })
    expect((await api.get(`/role-models/import/${importId}`, { token: tokens.qingxi })).body).toMatchObject({
      status: 'done',
      done: 1,
      total: 1,
    })
    expect((await api.get(`/role-models/import/${importId}`, { token: tokens.editor })).status).toBe(200)
    expect(fs.existsSync(files)).toBe(false)
    // Another village's officer, and anyone reading the collection directly, get nothing.
    const taoyuan = await makeUser(cms.payload, 'taoyuan-import@yunxi.example', ['village-officer'])
    const other = await api.login(taoyuan.email, 'test-password-1')
    expect((await api.get(`/role-models/import/${importId}`, { token: other })).status).toBe(404)
    expect((await api.get(`/imports/${importId}`, { token: other })).status).toBe(404)
    expect((await api.get(`/imports/${importId}`)).status).toBe(403)
    expect((await api.get('/role-models/import/abc', { token: tokens.qingxi })).status).toBe(404)
  })
})

describe('lecture sessions', () => {
  const HEADS = [
    '主题 *',
    '讲堂 *',
    '日期 *',
    '开始时间 *',
    '结束时间 *',
    '地点 *',
    '所属村',
    '主讲人 *',
    '主讲人单位',
    '状态',
  ]
  async function schedule(rows: unknown[][]) {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('12月讲堂安排')
    ws.addRow(['云溪镇2026年12月讲堂安排'])
    ws.addRow(HEADS)
    for (const row of rows) ws.addRow(row)
    return Buffer.from(await wb.xlsx.writeBuffer())
  }
  async function sendLectures(file: Buffer, mode = 'dry-run') {
    const form = new FormData()
    form.set('workbook', new Blob([new Uint8Array(file)]), 'schedule.xlsx')
    form.set('mode', mode)
    const response = await api.request('POST', '/lecture-sessions/import', {
      token: tokens.editor,
      body: form,
    })
    const body = (await response.json()) as any
    if (mode !== 'import') return body.rows as any[]
    await cms.payload.jobs.run({ queue: 'import' })
    return (await api.get(`/lecture-sessions/import/${body.importId}`, { token: tokens.editor })).body
      .rows as any[]
  }
  let law: string

  beforeAll(async () => {
    law = (await cms.payload.find({ collection: 'lecture-series', where: { kind: { equals: 'law' } } }))
      .docs[0].name
  })

  test('times as officers type them (9:30, 下午2点半, a time cell, a fraction of a day) are read in China time', async () => {
    const rows = await sendLectures(
      await schedule([
        [
          '宪法进农家',
          law,
          '2026年12月3日',
          '9:30',
          '11:00',
          '清溪村党群服务中心',
          '清溪村',
          '王法官',
          '县人民法院',
          '',
        ],
        [
          '反电诈讲座',
          law,
          '2026/12/10',
          '下午2点半',
          '16:00',
          '桃园村文化礼堂',
          '桃园村',
          '李警官',
          '派出所',
          '计划举办',
        ],
        [
          '民法典与婚姻',
          law,
          46373,
          new Date(Date.UTC(1899, 11, 30, 8, 0)),
          0.40625,
          '石桥村会议室',
          '石桥村',
          '赵律师',
          '',
          '',
        ],
      ]),
      'import',
    )
    expect(rows.map((r) => [r.name, r.action, r.errors])).toEqual([
      ['宪法进农家', 'create', []],
      ['反电诈讲座', 'create', []],
      ['民法典与婚姻', 'create', []],
    ])
    const times = async (id: string | number) => {
      const s = await cms.payload.findByID({ collection: 'lecture-sessions', id, draft: true, depth: 0 })
      return [s.startsAt, s.endsAt, s.status, s.speaker.unit]
    }
    expect(await times(rows[0].id)).toEqual([
      '2026-12-03T01:30:00.000Z',
      '2026-12-03T03:00:00.000Z',
      'planned',
      '县人民法院',
    ])
    expect(await times(rows[1].id)).toEqual([
      '2026-12-10T06:30:00.000Z',
      '2026-12-10T08:00:00.000Z',
      'planned',
      '派出所',
    ])
    // 46373 is 2026-12-17; the time cell says 08:00 and 0.40625 of a day is 09:45.
    expect((await times(rows[2].id)).slice(0, 2)).toEqual([
      '2026-12-17T00:00:00.000Z',
      '2026-12-17T01:45:00.000Z',
    ])
  })

  test('an end before its start, an unknown series and a second session of one series on one day are named', async () => {
    const rows = await sendLectures(
      await schedule([
        ['倒着的讲座', law, '2026-12-20', '11:00', '9:00', '村委会', '清溪村', '某人', '', ''],
        ['没有的讲堂', '不存在的讲堂', '2026-12-21', '9:00', '10:00', '村委会', '清溪村', '某人', '', ''],
        ['第一场', law, '2026-12-22', '9:00', '10:00', '村委会', '清溪村', '某人', '', ''],
        ['第二场', law, '2026-12-22', '14:00', '15:00', '村委会', '清溪村', '某人', '', ''],
      ]),
    )
    expect(
      rows.map((r) => [r.name, r.action, r.errors.map((e: any) => `${e.column}：${e.message}`)]),
    ).toEqual([
      ['倒着的讲座', 'error', ['结束时间 *：结束时间必须晚于开始时间。']],
      ['没有的讲堂', 'error', [expect.stringMatching(/^讲堂 \*：没有“不存在的讲堂”这个讲堂；可选：/)]],
      ['第一场', 'create', []],
      ['第二场', 'error', ['主题 *：与第5行重复（同一讲堂、同一天）。']],
    ])
  })

  test('exporting the schedule and importing it unchanged changes nothing; a session found by series and day takes a new title', async () => {
    const response = await api.request('GET', '/lecture-sessions/export', { token: tokens.editor })
    expect(response.status).toBe(200)
    const file = Buffer.from(await response.arrayBuffer())
    const rows = await sendLectures(file)
    const count = (await cms.payload.count({ collection: 'lecture-sessions', draft: true } as never))
      .totalDocs
    expect(rows).toHaveLength(count)
    expect(rows.filter((r) => r.action !== 'unchanged')).toEqual([])

    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(file as never)
    const ws = wb.worksheets[0]
    const original = String(ws.getCell(4, 1).value)
    ws.getCell(4, 1).value = `${original}（改）`
    const edited = await sendLectures(Buffer.from(await wb.xlsx.writeBuffer()))
    expect(edited.filter((r) => r.action !== 'unchanged').map((r) => [r.name, r.action, r.changes])).toEqual([
      [`${original}（改）`, 'update', ['主题 *']],
    ])
  })
})

describe('policy explainers', () => {
  test('export as a list for reports, following the list’s filters; they have no import', async () => {
    const load = async (query = '') => {
      const response = await api.request('GET', `/policy-explainers/export${query}`, { token: tokens.editor })
      expect(response.status).toBe(200)
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(await response.arrayBuffer())
      const ws = wb.worksheets[0]
      expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([
        '解读标题',
        '政策文件',
        '文号',
        '发布机关',
        '成文日期',
        '效力状态',
        '主题',
        '所属村',
        '审核状态',
        '发布日期',
      ])
      const rows: unknown[][] = []
      ws.eachRow((row, n) => n > 3 && rows.push((row.values as unknown[]).slice(1)))
      return rows
    }
    const explainers = (
      await cms.payload.find({
        collection: 'policy-explainers',
        draft: true,
        limit: 0,
        pagination: false,
        depth: 0,
      })
    ).docs
    const all = await load()
    expect(all).toHaveLength(explainers.length)
    const numbered = explainers.find((e) => e.policy.documentNumber)!
    expect(all.find((r) => r[0] === numbered.title)?.[2]).toBe(numbered.policy.documentNumber)
    const pension = await load('?where[topics][in]=pension')
    expect(pension.length).toBe(explainers.filter((e) => e.topics?.includes('pension')).length)
    expect(pension.every((r) => String(r[6]).includes('养老保险'))).toBe(true)
    expect((await api.request('GET', '/policy-explainers/export', { token: tokens.reviewer })).status).toBe(
      403,
    )
    const form = new FormData()
    form.set('workbook', new Blob([new Uint8Array(await workbook([]))]), 'x.xlsx')
    const post = await api.request('POST', '/policy-explainers/import', { token: tokens.editor, body: form })
    expect(post.status).toBeGreaterThanOrEqual(400)
  })
})

describe('an import cut off by a restart', () => {
  test('is marked failed with its files deleted when its process is gone; one still running is left alone', async () => {
    const { recoverInterruptedImports } = await import('@xiangfeng/cms/import/job')
    const os = await import('node:os')
    const make = async (runner: string) => {
      const record = await cms.payload.create({
        collection: 'imports',
        data: { kind: 'role-models', fileName: 'x.xlsx', status: 'running', runner, done: 3, total: 10 },
        overrideAccess: true,
      })
      const dir = path.join(cms.dataDir, 'imports', String(record.id))
      fs.mkdirSync(dir, { recursive: true })
      fs.writeFileSync(path.join(dir, 'workbook.xlsx'), 'phone numbers')
      return { id: record.id, dir }
    }
    // A pid far above Linux's limit (4194304) belongs to no process.
    const gone = await make(`${os.hostname()}:99999999`)
    const alive = await make(`${os.hostname()}:${process.pid}`)
    const elsewhere = await make('another-host:1')
    expect(await recoverInterruptedImports(cms.payload)).toBe(1)
    const statusOf = async (id: string | number) =>
      (await cms.payload.findByID({ collection: 'imports', id, overrideAccess: true })).status
    expect([await statusOf(gone.id), await statusOf(alive.id), await statusOf(elsewhere.id)]).toEqual([
      'failed',
      'running',
      'running',
    ])
    expect(fs.existsSync(gone.dir)).toBe(false)
    expect(fs.existsSync(alive.dir)).toBe(true)
  })
})
