/**
 * What each demo role meets in the admin, in Debian's Chromium, checked against the rule the API
 * matrix checks (helpers/accessRules): per collection, the list's create button, the create form,
 * and the review buttons in the sidebar of a draft and of a document waiting for 复审.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { DEMO_PASSWORD } from '@xiangfeng/cms/seed/data/places'
import { type ReviewedCollection, reviewedCollections } from '@xiangfeng/content-schema'
import { allowed, mayReturn, type Role } from '../helpers/accessRules'
import { launchBrowser, signInToAdmin } from '../helpers/browser'
import { docInState, validDoc } from '../helpers/fixtures'
import { makeUser, startCms } from '../helpers/payload'
import { type RunningCms, serveCms } from '../helpers/server'

const demoRoles: [string, Role][] = [
  ['admin@yunxi.example', 'admin'],
  ['editor@yunxi.example', 'township-editor'],
  ['reviewer@yunxi.example', 'township-reviewer'],
  ['leader@yunxi.example', 'leader'],
  ['qingxi@yunxi.example', 'village-officer'],
]
const titleField: Record<ReviewedCollection, string> = {
  'role-models': 'name',
  'selection-batches': 'title',
  notices: 'title',
  grids: 'name',
  'points-boards': 'month',
  'lecture-series': 'name',
  'lecture-sessions': 'title',
  'policy-explainers': 'title',
  'village-rules': 'title',
}

let server: RunningCms
let browser: Browser
/** A draft and a document waiting for 复审, per collection, in 清溪村 (qingxi@'s village). */
const docs = {} as Record<ReviewedCollection, { draft: string; submitted: string }>

beforeAll(async () => {
  const cms = await startCms({ seeded: true })
  const village = (
    await cms.payload.find({ collection: 'villages', where: { slug: { equals: 'qing-xi-cun' } } })
  ).docs[0].id
  const series = (await cms.payload.find({ collection: 'lecture-series', limit: 1 })).docs[0].id
  // Submitted by someone outside the demo roles, so the three-people rule hides no button here.
  const others = {
    author: (await makeUser(cms.payload, 'author@roles.example')).id,
    reviewer: (await makeUser(cms.payload, 'reviewer@roles.example', ['township-reviewer'])).id,
  }
  let n = 0
  for (const collection of reviewedCollections) {
    const make = async (state: 'draft' | 'submitted') =>
      String(
        (await docInState(cms.payload, collection, validDoc(collection, village, series, ++n), state, others))
          .id,
      )
    docs[collection] = { draft: await make('draft'), submitted: await make('submitted') }
  }
  await cms.close({ keepData: true })
  server = await serveCms({ dataDir: cms.dataDir })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const reviewButtons = async (page: Page, url: string) => {
  await page.goto(url)
  const actions = page.locator('.review-actions')
  await expect.poll(() => actions.textContent(), { timeout: 30_000 }).toContain('审核状态：')
  return actions.locator('button').allTextContents()
}

describe.each(demoRoles)('%s', (email, role) => {
  let page: Page
  beforeAll(async () => {
    page = await signInToAdmin(browser, server.url, email, DEMO_PASSWORD)
  })
  afterAll(async () => page?.context().close())

  test('the dashboard shows 统计 to township staff only, with the report to download', async () => {
    await page.goto(`${server.url}/admin`)
    await expect.poll(() => page.locator('body').innerText(), { timeout: 30_000 }).toContain('待我处理')
    const statistics = page.locator('section.statistics')
    if (role === 'village-officer') return expect(await statistics.count()).toBe(0)
    expect(await statistics.locator('h2').textContent()).toBe('统计')
    expect(await statistics.locator('.stat-bars figcaption').allTextContents()).toEqual([
      '身边好榜样：按类别',
      '身边好榜样：按村',
      '身边好榜样：按评选批次',
      '政策解读：按效力',
    ])
    const tv = statistics.locator('tr', { hasText: '一楼大厅电视' })
    expect(await tv.locator('td').allTextContents()).toEqual(['一楼大厅电视', '清溪村', '91.5%'])
    expect(await statistics.getByRole('link', { name: '下载统计表（Excel）' }).getAttribute('href')).toBe(
      '/api/statistics/report',
    )
  })

  test.each(reviewedCollections)('%s: create button, create form and review buttons', async (collection) => {
    const mayCreate = allowed(role, 'create', 'own village')
    const base = `${server.url}/admin/collections/${collection}`

    await page.goto(base)
    await expect.poll(() => page.locator('.collection-list').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    const createLinks = page.locator(`a[href$="/admin/collections/${collection}/create"]`)
    expect((await createLinks.count()) > 0, 'create button').toBe(mayCreate)

    await page.goto(`${base}/create`)
    if (mayCreate) {
      await expect
        .poll(() => page.locator(`#field-${titleField[collection]}`).isVisible(), { timeout: 30_000 })
        .toBe(true)
    } else {
      await expect.poll(() => page.locator('body').innerText(), { timeout: 30_000 }).toContain('未经授权')
      expect(await page.locator(`#field-${titleField[collection]}`).count()).toBe(0)
    }

    expect(await reviewButtons(page, `${base}/${docs[collection].draft}`), 'draft').toEqual(
      allowed(role, 'submit', 'own village') ? ['提交审核（初审通过）'] : [],
    )
    expect(await reviewButtons(page, `${base}/${docs[collection].submitted}`), 'submitted').toEqual([
      ...(allowed(role, 'review', 'own village') ? ['复审通过'] : []),
      ...(mayReturn(role, 'submitted') ? ['退回修改'] : []),
    ])
    // Only 终审 publishes: Payload's own publish button is offered to nobody.
    expect(await page.locator('#action-save').count()).toBe(0)
  })
})
