/**
 * Import benchmark: one township's first batch as the domain notes describe it, 88 role models in
 * 7 categories (30, 13, 10, 8, 9, 9, 9) with a phone-sized portrait each (1600×1200 JPEG, zipped),
 * imported by a township editor through the endpoint and the job queue, as in the admin. Prints the
 * dry run, the import and the re-import; asserts only that every row was written, never a time.
 */
import ExcelJS from 'exceljs'
import { zipSync } from 'fflate'
import sharp from 'sharp'
import { afterAll, expect, test } from 'vitest'

import { roleModelCategories } from '@xiangfeng/content-schema'
import { MAX_ROWS } from '@xiangfeng/cms/import/sheet'
import { DEMO_PASSWORD } from '@xiangfeng/cms/seed/data/places'
import { apiClient, startCms, type TestCms } from '../helpers/payload'
import { RUNS, summary } from './measure'

let cms: TestCms | undefined
afterAll(async () => cms?.close())

const COUNTS = [30, 13, 10, 8, 9, 9, 9]
const VILLAGES = ['清溪村', '桃园村', '石桥村', '柳湾村']
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const GIVEN = '建国秀英志强桂兰海燕春梅德福玉珍明华小红'

/** A photo as a phone takes it: 1600×1200, noisy enough that JPEG cannot shrink it to nothing. */
const photo = (n: number) =>
  sharp({
    create: {
      width: 1600,
      height: 1200,
      channels: 3,
      background: `#${((n * 2654435761) % 0xffffff).toString(16).padStart(6, '0')}`,
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 85 })
    .toBuffer()

test('88 role models with portraits, from one workbook and one zip', async () => {
  cms = await startCms({ seeded: true })
  const api = await apiClient(cms.config)
  const token = await api.login('editor@yunxi.example', DEMO_PASSWORD)

  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('名单')
  ws.addRow(['姓名 *', '类别 *', '所属村', '评选批次', '事迹简介 *', '肖像照文件', '电话（不公开）'])
  const photos: Record<string, Uint8Array> = {}
  let n = 0
  for (const [c, count] of COUNTS.entries()) {
    for (let i = 0; i < count; i++, n++) {
      const name = `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]}${GIVEN[(n * 3 + 1) % GIVEN.length]}${n}`
      ws.addRow([
        name,
        roleModelCategories[c].label,
        VILLAGES[n % 4],
        '2026年第二批“身边好榜样”',
        `第${n + 1}位榜样的事迹简介。`,
        `${name}.jpg`,
        `138-0000-${String(5000 + n)}`,
      ])
      photos[`${name}.jpg`] = new Uint8Array(await photo(n))
    }
  }
  const workbook = Buffer.from(await wb.xlsx.writeBuffer())
  const zip = Buffer.from(zipSync(photos, { level: 0 }))

  const send = async (mode: string) => {
    const form = new FormData()
    form.set('workbook', new Blob([new Uint8Array(workbook)]), 'batch.xlsx')
    form.set('photos', new Blob([new Uint8Array(zip)]), 'photos.zip')
    form.set('mode', mode)
    const started = Date.now()
    const response = await api.request('POST', '/role-models/import', { token, body: form })
    let body = (await response.json()) as any
    if (mode === 'import') {
      await cms!.payload.jobs.run({ queue: 'import' })
      body = (await api.get(`/role-models/import/${body.importId}`, { token })).body
    }
    return { seconds: (Date.now() - started) / 1000, rows: body.rows as { action: string }[] }
  }
  const tally = (rows: { action: string }[]) =>
    Object.entries(
      rows.reduce<Record<string, number>>((t, r) => ({ ...t, [r.action]: (t[r.action] ?? 0) + 1 }), {}),
    )
      .map(([a, k]) => `${a} ${k}`)
      .join(', ')

  const dry = await send('dry-run')
  const imported = await send('import')
  const again = await send('import')
  expect(imported.rows.filter((r) => r.action === 'create')).toHaveLength(88)
  expect(again.rows.filter((r) => r.action === 'unchanged')).toHaveLength(88)

  console.log(
    [
      '',
      `Import of 88 role models with portraits (workbook ${(workbook.length / 1024).toFixed(0)} KB, zip ${(zip.length / 1024 / 1024).toFixed(1)} MB):`,
      `  dry run             ${dry.seconds.toFixed(1)} s   (${tally(dry.rows)})`,
      `  import (job queue)  ${imported.seconds.toFixed(1)} s   (${tally(imported.rows)})`,
      `  the same again      ${again.seconds.toFixed(1)} s   (${tally(again.rows)})`,
      '',
    ].join('\n'),
  )
})

test('a check of the largest sheet allowed (2 000 rows), and what another reader waits meanwhile', async () => {
  const api = await apiClient(cms!.config)
  const token = await api.login('editor@yunxi.example', DEMO_PASSWORD)
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('名单')
  ws.addRow(['姓名 *', '类别 *', '所属村', '评选批次', '事迹简介 *', '电话（不公开）'])
  for (let n = 0; n < MAX_ROWS; n++)
    ws.addRow([
      `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]}${n}`,
      roleModelCategories[n % 7].label,
      VILLAGES[n % 4],
      '2026年第二批“身边好榜样”',
      `第${n + 1}位榜样的事迹简介。`,
      `138-0000-${String(n).padStart(4, '0')}`,
    ])
  const workbook = Buffer.from(await wb.xlsx.writeBuffer())
  const checks: number[] = []
  const waits: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const form = new FormData()
    form.set('workbook', new Blob([new Uint8Array(workbook)]), 'all.xlsx')
    form.set('mode', 'dry-run')
    const started = Date.now()
    let checking = true
    const check = api.request('POST', '/role-models/import', { token, body: form }).then(async (r) => {
      checking = false
      return { status: r.status, body: (await r.json()) as any }
    })
    // Another editor's list, asked for every 20 ms while the check runs: the longest wait for it.
    // A timer between reads: SQLite answers in-process, so reads alone would never let the check run.
    let longest = 0
    while (checking) {
      const asked = Date.now()
      await api.get('/role-models?limit=10&depth=0', { token })
      longest = Math.max(longest, Date.now() - asked)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const { status, body } = await check
    expect(status).toBe(200)
    expect(body.rows).toHaveLength(MAX_ROWS)
    checks.push((Date.now() - started) / 1000)
    waits.push(longest / 1000)
  }
  console.log(
    [
      '',
      `Check of ${MAX_ROWS} rows (workbook ${(workbook.length / 1024).toFixed(0)} KB), ${RUNS} runs:`,
      `  check               ${summary(checks)} s`,
      `  another reader's longest wait meanwhile  ${summary(waits, 2)} s`,
      '',
    ].join('\n'),
  )
})
