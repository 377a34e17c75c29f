/** The review workflow as a reviewer meets it in the admin, in Debian's Chromium. */
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
  server = await serveCms({ dataDir: cms.dataDir })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

test('a reviewer finds the submitted profile on the dashboard and passes 复审', async () => {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } })
  await page.goto(`${server.url}/admin/login`)
  await page.fill('input[name="email"]', 'reviewer@yunxi.example')
  await page.fill('input[name="password"]', DEMO_PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin$/)

  const queue = page.locator('section', { hasText: '待我处理' })
  await expect.poll(() => queue.textContent()).toContain('何军')
  await queue.getByRole('link', { name: '何军' }).click()

  // Only review publishes: no 发布修改, one status, and just the reviewer's two buttons.
  const actions = page.locator('.review-actions')
  await expect
    .poll(() => actions.locator('button').allTextContents(), { timeout: 20_000 })
    .toEqual(['复审通过', '退回修改'])
  expect(await page.locator('#action-save').count()).toBe(0)
  expect(await page.locator('.status__value-wrap').count()).toBe(0)

  // 预览 opens the portal page and the kiosk slide the draft will become.
  const [preview] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('link', { name: '预览' }).click(),
  ])
  await expect.poll(() => preview.locator('article h1').textContent(), { timeout: 20_000 }).toBe('何军')
  const slide = preview.frameLocator('iframe[title="大屏轮播预览"]').locator('article.slide h1')
  await expect.poll(() => slide.textContent(), { timeout: 20_000 }).toBe('何军')
  await preview.close()

  await page.getByRole('button', { name: '复审通过' }).click()
  await expect
    .poll(() => page.locator('.review-actions').textContent(), { timeout: 20_000 })
    .toContain('待终审')

  // The leader's turn now; nothing is public yet.
  const publicList = await (await fetch(`${server.url}/api/role-models?limit=100&depth=0`)).json()
  expect(publicList.docs.map((d: { name: string }) => d.name)).not.toContain('何军')
  await page.close()
})

test('the submitter is offered no review button once their profile is under review', async () => {
  const page = await signInToAdmin(browser, server.url, 'editor@yunxi.example', DEMO_PASSWORD)
  await page.goto(`${server.url}/admin/collections/role-models`)
  await page.getByRole('link', { name: '何军' }).click()
  const actions = page.locator('.review-actions')
  await expect.poll(() => actions.textContent(), { timeout: 20_000 }).toContain('审核状态：')
  expect(await actions.locator('button').count()).toBe(0)
  expect(await page.locator('#action-save').count()).toBe(0)
  await page.context().close()
})

test('a village officer saves an incomplete draft, is told which field, fixes it and submits', async () => {
  const page = await signInToAdmin(browser, server.url, 'qingxi@yunxi.example', DEMO_PASSWORD)
  await page.goto(`${server.url}/admin/collections/role-models/create`)
  await page.locator('#field-name').fill('赵大妈')
  // Their one village is filled in, and it is the only one offered.
  const village = page.locator('#field-village')
  await expect.poll(() => village.textContent(), { timeout: 20_000 }).toContain('清溪村')
  await village.locator('.rs__control').click()
  await expect.poll(() => page.locator('.rs__option').allTextContents()).toEqual(['清溪村'])
  await page.keyboard.press('Escape')
  await page.locator('#field-category').click()
  await page.getByText('和睦友好好邻居', { exact: true }).click()
  await page.locator('#action-save-draft').click()
  const actions = page.locator('.review-actions')
  await expect.poll(() => actions.textContent(), { timeout: 30_000 }).toContain('“事迹简介”必须填写')
  await page.locator('#field-summary').fill('三十年如一日照顾孤寡老人。')
  await page.locator('#action-save-draft').click()
  await expect.poll(() => actions.textContent(), { timeout: 30_000 }).not.toContain('必须填写')
  await actions.getByRole('button', { name: '提交审核（初审通过）' }).click()
  await expect.poll(() => actions.textContent(), { timeout: 30_000 }).toContain('待复审')
  await page.context().close()
})

test('a village officer schedules a lecture in the admin and submits it; the reviewer previews it', async () => {
  const page = await signInToAdmin(browser, server.url, 'qingxi@yunxi.example', DEMO_PASSWORD)
  await page.goto(`${server.url}/admin/collections/lecture-sessions/create`)
  await page.locator('#field-title').fill('防范电信诈骗讲座')
  await page.locator('#field-series .rs__control').click()
  await page.locator('.rs__option', { hasText: '法润云溪·普法惠民' }).click()
  await page.locator('#field-speaker__name').fill('郑海')
  for (const [field, value] of [
    ['startsAt', '2026年12月12日 09:30'],
    ['endsAt', '2026年12月12日 11:00'],
  ]) {
    const input = page.locator(`#field-${field} input`)
    await input.fill(value)
    await input.press('Enter')
  }
  await page.locator('#field-venue').fill('清溪村党群服务中心')
  await page.locator('#action-save-draft').click()
  const actions = page.locator('.review-actions')
  await expect.poll(() => actions.textContent(), { timeout: 30_000 }).toContain('审核状态：')
  expect(await actions.textContent()).not.toContain('发布前还需修改')
  await actions.getByRole('button', { name: '提交审核（初审通过）' }).click()
  await expect.poll(() => actions.textContent(), { timeout: 30_000 }).toContain('待复审')
  const docUrl = page.url()
  await page.context().close()

  const reviewer = await signInToAdmin(browser, server.url, 'reviewer@yunxi.example', DEMO_PASSWORD)
  await reviewer.goto(docUrl)
  const [preview] = await Promise.all([
    reviewer.context().waitForEvent('page'),
    reviewer.getByRole('link', { name: '预览' }).click(),
  ])
  await expect
    .poll(() => preview.locator('article h1').textContent(), { timeout: 30_000 })
    .toBe('防范电信诈骗讲座')
  const article = await preview.locator('article').innerText()
  expect(article).toContain('2026年12月12日 星期六 09:30–11:00')
  expect(article).toContain('法润云溪·普法惠民')
  const slide = preview.frameLocator('iframe[title="大屏轮播预览"]').locator('article.slide')
  await expect.poll(() => slide.textContent(), { timeout: 20_000 }).toContain('防范电信诈骗讲座')
  await reviewer.context().close()
})

test('dates read 2026年11月23日 22:17 in lists, and the time picker is Chinese and 24-hour', async () => {
  const page = await signInToAdmin(browser, server.url, 'editor@yunxi.example', DEMO_PASSWORD)
  await page.goto(`${server.url}/admin/collections/role-models`)
  const cells = page.locator('td.cell-updatedAt')
  await expect.poll(() => cells.first().textContent(), { timeout: 20_000 }).toMatch(/\d{2}:\d{2}/)
  expect(await cells.count()).toBeGreaterThan(0)
  for (const text of await cells.allTextContents()) {
    expect(text.trim()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)
  }
  await page.getByRole('link', { name: '何军' }).click()
  await page.locator('#field-publishAt input').click()
  const header = page.locator('.react-datepicker-time__header')
  await expect.poll(() => header.isVisible(), { timeout: 20_000 }).toBe(true)
  expect(await header.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"时间"')
  const times = await page.locator('.react-datepicker__time-list-item').allTextContents()
  expect(times).toContain('14:30')
  expect(times.join()).not.toMatch(/AM|PM/)
  await page.context().close()
})

/** What Word puts on the clipboard: styled paragraphs, a heading, numbered and bulleted lists as mso-list paragraphs, a table, and a picture file only Word can read. */
const WORD_CLIPBOARD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset="utf-8"><style><!-- p.MsoNormal {margin:0cm; font-family:宋体;} --></style></head>
<body lang=ZH-CN><!--StartFragment-->
<h1 style='mso-outline-level:1'><span style='font-family:黑体'>敬老模范</span></h1>
<p class=MsoNormal><span style='font-family:宋体'>她三十年如一日照顾孤寡老人。</span></p>
<p class=MsoNormal><img width=200 height=150 src="file:///C:/Users/ADMINI~1/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg" alt="照片"></p>
<p class=MsoListParagraphCxSpFirst style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span style='font-family:宋体'>帮助邻里</span></p>
<p class=MsoListParagraphCxSpLast style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span style='font-family:宋体'>调解纠纷</span></p>
<p class=MsoNormal>她的做法：</p>
<p class=MsoListParagraphCxSpFirst style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>每天上门</p>
<p class=MsoListParagraphCxSpLast style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>记好台账</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr><td width=100><p class=MsoNormal>年份</p></td><td><p class=MsoNormal>事迹</p></td></tr>
<tr><td><p class=MsoNormal>2024</p></td><td><p class=MsoNormal>获评好邻居</p></td></tr>
</table><!--EndFragment--></body></html>`

test('a story pasted from Word keeps its text, heading, lists and table; its picture is dropped with a notice', async () => {
  const page = await signInToAdmin(browser, server.url, 'editor@yunxi.example', DEMO_PASSWORD)
  await page.goto(`${server.url}/admin/collections/role-models/create`)
  await page.locator('#field-name').fill('粘贴测试')
  await page.locator('#field-category').click()
  await page.getByText('和睦友好好邻居', { exact: true }).click()
  await page.locator('#field-summary').fill('从 Word 粘贴的事迹。')
  await page.getByRole('button', { name: '事迹', exact: true }).click()
  const editor = page.locator('[data-lexical-editor="true"]').first()
  await editor.click()
  await editor.evaluate((element, html) => {
    const data = new DataTransfer()
    data.setData('text/html', html)
    data.setData('text/plain', '敬老模范')
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  }, WORD_CLIPBOARD)
  await expect
    .poll(() => page.locator('.toast-warning').textContent(), { timeout: 10_000 })
    .toContain('正文里不能放图片')
  await expect.poll(() => editor.locator('td').allTextContents()).toContain('获评好邻居')
  expect(await editor.locator('h1, h2').first().textContent()).toBe('敬老模范')
  // Word's numbered and bulleted paragraphs become lists, their markers gone.
  expect(await editor.locator('ol li').allTextContents()).toEqual(['帮助邻里', '调解纠纷'])
  expect(await editor.locator('ul li').allTextContents()).toEqual(['每天上门', '记好台账'])
  expect(await editor.textContent()).toContain('她三十年如一日照顾孤寡老人。')
  expect(await editor.locator('img').count()).toBe(0)

  await page.locator('#action-save-draft').click()
  const actions = page.locator('.review-actions')
  await expect.poll(() => actions.textContent(), { timeout: 30_000 }).toContain('审核状态：')
  expect(await actions.textContent()).not.toContain('发布前还需修改')
  await page.context().close()
})

test('a village information officer is offered 创建 in the admin and gets the create form', async () => {
  const page = await signInToAdmin(browser, server.url, 'qingxi@yunxi.example', DEMO_PASSWORD)
  await page.goto(`${server.url}/admin/collections/role-models`)
  const create = page.locator('a[href$="/admin/collections/role-models/create"]')
  await expect.poll(() => create.isVisible(), { timeout: 20_000 }).toBe(true)
  expect(await create.getAttribute('aria-label')).toBe('创建新的 好榜样')
  await create.click()
  await page.waitForURL(/\/role-models\/create/)
  await expect.poll(() => page.locator('#field-name').isVisible(), { timeout: 20_000 }).toBe(true)
  expect(await page.locator('body').innerText()).not.toContain('未经授权')
  await page.context().close()
})

test('a village’s new intro: the editor can only save a draft; a leader approves it with 批准发布', async () => {
  const publicIntro = async () =>
    (await (await fetch(`${server.url}/api/villages?where[slug][equals]=liu-wan-cun&depth=0`)).json()).docs[0]
  const { id, intro: before } = await publicIntro()
  const NEW_INTRO = '柳湾村，新改的简介：沿河而建，有百年古樟。'

  const editor = await signInToAdmin(browser, server.url, 'editor@yunxi.example', DEMO_PASSWORD)
  await editor.goto(`${server.url}/admin/collections/villages/${id}`)
  const intro = editor.locator('#field-intro')
  await expect.poll(() => intro.isVisible(), { timeout: 20_000 }).toBe(true)
  await intro.fill(NEW_INTRO)
  // An editor is offered 保存草稿 and nothing that publishes.
  expect(await editor.locator('#action-save-draft').isVisible()).toBe(true)
  expect(await editor.getByRole('button', { name: '批准发布' }).count()).toBe(0)
  expect(await editor.getByRole('button', { name: '发布修改' }).count()).toBe(0)
  await editor.locator('#action-save-draft').click()
  await expect.poll(() => editor.locator('.toast-success').count(), { timeout: 20_000 }).toBeGreaterThan(0)
  expect((await publicIntro()).intro).toBe(before)
  await editor.context().close()

  const leader = await signInToAdmin(browser, server.url, 'leader@yunxi.example', DEMO_PASSWORD)
  const queue = leader.locator('section', { hasText: '待我处理' })
  await expect.poll(() => queue.textContent(), { timeout: 20_000 }).toContain('柳湾村（村名、简介的修改）')
  await queue.getByRole('link', { name: '柳湾村（村名、简介的修改）' }).click()
  await leader.waitForURL(new RegExp(`/admin/collections/villages/${id}$`))
  await expect.poll(() => leader.locator('#field-intro').inputValue(), { timeout: 20_000 }).toBe(NEW_INTRO)
  // Enabled once the admin has read that an unpublished draft exists: slow on a loaded machine.
  const approve = leader.getByRole('button', { name: '批准发布' })
  await expect.poll(() => approve.isEnabled(), { timeout: 60_000 }).toBe(true)
  await approve.click()
  await expect.poll(async () => (await publicIntro()).intro, { timeout: 20_000 }).toBe(NEW_INTRO)
  await leader.context().close()
})

test('a village officer who ticks 本人同意公开工作电话 without the day is told which field, by its Chinese name', async () => {
  const grid = (
    await (
      await fetch(
        `${server.url}/api/grids?where[name][equals]=${encodeURIComponent('清溪村第一网格')}&depth=0`,
      )
    ).json()
  ).docs[0]
  const officer = await signInToAdmin(browser, server.url, 'qingxi@yunxi.example', DEMO_PASSWORD)
  await officer.goto(`${server.url}/admin/collections/grids/${grid.id}`)
  // 李红梅, the second worker, never agreed: her phone is private and her row has no day.
  const consent = officer.locator('input[name="workers.1.phonePublic"]')
  await expect.poll(() => consent.count(), { timeout: 20_000 }).toBe(1)
  await consent.check({ force: true })
  await officer.locator('#action-save-draft').click()
  const toast = officer.locator('.toast-error')
  await expect
    .poll(() => toast.textContent(), { timeout: 20_000 })
    .toContain('网格员第2项·同意公开的日期（不公开）')
  expect(await toast.textContent()).not.toContain('workers.1')
  await officer.context().close()
})
