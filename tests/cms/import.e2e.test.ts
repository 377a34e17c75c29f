/** Importing role models from Excel as a village officer meets it in the admin, in Debian's Chromium. */
import ExcelJS from 'exceljs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { DEMO_PASSWORD } from '@xiangfeng/cms/seed/data/places'
import { launchBrowser, signInToAdmin } from '../helpers/browser'
import { startCms } from '../helpers/payload'
import { type RunningCms, serveCms } from '../helpers/server'

let server: RunningCms
let browser: Browser

beforeAll(async () => {
  const cms = await startCms({ seeded: true })
  await cms.close({ keepData: true })
  // The server runs the import queue, as in production.
  server = await serveCms({ dataDir: cms.dataDir, env: { XIANGFENG_JOBS: 'on' } })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function workbook(rows: string[][]) {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('名单')
  ws.addRow(['姓名 *', '类别 *', '所属村', '事迹简介 *'])
  for (const row of rows) ws.addRow(row)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

test('a village officer checks a workbook, sees which row is wrong and why, and imports the good row as a draft', async () => {
  const page = await signInToAdmin(browser, server.url, 'qingxi@yunxi.example', DEMO_PASSWORD)
  await page.goto(`${server.url}/admin/collections/role-models`)
  const panel = page.locator('.excel-panel')
  await expect
    .poll(() => panel.locator('h2').textContent(), { timeout: 20_000 })
    .toBe('身边好榜样：Excel 批量导入与导出')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByText('下载导入模板').click(),
  ])
  expect(download.suggestedFilename()).toBe('身边好榜样导入模板.xlsx')

  await panel.locator('input[name="workbook"]').setInputFiles({
    name: '推荐名单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await workbook([
      ['郝热心', '和睦友好好邻居', '清溪村', '帮邻居修屋顶。'],
      ['越界者', '和睦友好好邻居', '桃园村', '不是本村的人。'],
    ]),
  })
  await panel.getByRole('button', { name: '检查文件（不会保存）' }).click()
  const table = panel.locator('table.excel-results')
  await expect.poll(() => table.locator('tbody tr').count(), { timeout: 20_000 }).toBe(2)
  expect(await table.locator('tbody tr').nth(0).locator('td').allTextContents()).toEqual([
    '2',
    '郝热心',
    '新建',
    '',
  ])
  expect(await table.locator('tbody tr').nth(1).locator('td').allTextContents()).toEqual([
    '3',
    '越界者',
    '有错误',
    '【所属村】“桃园村”不是您负责的村，不能导入。',
  ])
  // Checked, not saved.
  // Asked from the page, with the officer's own session: drafts of their village included.
  const names = () =>
    page.evaluate(async () => {
      const body = await (await fetch('/api/role-models?limit=200&depth=0&draft=true')).json()
      return (body.docs as { name: string }[]).map((d) => d.name)
    })
  expect(await names()).not.toContain('郝热心')

  await panel.getByRole('button', { name: '确认导入1行' }).click()
  await expect
    .poll(() => panel.locator('p[role="status"]').textContent(), { timeout: 20_000 })
    .toContain('导入完成')
  expect(await panel.locator('p[role="status"]').textContent()).toContain('已新建1行')
  expect(await names()).toContain('郝热心')
  expect(await names()).not.toContain('越界者')
  await panel.getByRole('link', { name: '郝热心' }).click()
  await expect.poll(() => page.locator('#field-name').inputValue(), { timeout: 20_000 }).toBe('郝热心')
  await page.context().close()
})

test('the lecture schedule offers its own template and takes no photos; explainers only export', async () => {
  const page = await signInToAdmin(browser, server.url, 'editor@yunxi.example', DEMO_PASSWORD)
  await page.goto(`${server.url}/admin/collections/lecture-sessions`)
  const panel = page.locator('.excel-panel')
  await expect
    .poll(() => panel.locator('h2').textContent(), { timeout: 20_000 })
    .toBe('讲堂安排：Excel 批量导入与导出')
  expect(await panel.locator('input[name="photos"]').count()).toBe(0)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByText('下载导入模板').click(),
  ])
  expect(download.suggestedFilename()).toBe('讲堂安排导入模板.xlsx')

  // Explainers are written in the admin: their list exports, and offers no import.
  await page.goto(`${server.url}/admin/collections/policy-explainers`)
  const explainers = page.locator('.excel-panel')
  await expect
    .poll(() => explainers.locator('h2').textContent(), { timeout: 20_000 })
    .toBe('政策解读：Excel 导出')
  expect(await explainers.locator('input[type="file"]').count()).toBe(0)
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    explainers.getByText('导出当前列表').click(),
  ])
  expect(exported.suggestedFilename()).toBe('政策解读.xlsx')
  await page.context().close()
})

test('a reviewer’s lists offer no import', async () => {
  const page = await signInToAdmin(browser, server.url, 'reviewer@yunxi.example', DEMO_PASSWORD)
  for (const collection of ['role-models', 'lecture-sessions', 'policy-explainers']) {
    await page.goto(`${server.url}/admin/collections/${collection}`)
    await expect.poll(() => page.locator('.collection-list table').count(), { timeout: 20_000 }).toBe(1)
    expect(await page.locator('.excel-panel').count()).toBe(0)
  }
  await page.context().close()
})
