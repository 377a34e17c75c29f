/**
 * Rich text as an attacker with a staff login would send it: the REST API refuses Lexical nodes
 * the editor never makes, by field and in Chinese; and what reaches the database past that check
 * still leaves the CMS as sanitised HTML.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { exportSnapshot } from '@xiangfeng/cms/publish/export'
import { makeVillage, validDoc } from '../helpers/fixtures'
import { apiClient, makeUser, startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
let token: string
let village: string | number
let n = 0

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: null,
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})
const doc = (...children: unknown[]) => ({ root: element('root', children) })

/** A table cell whose header state carries markup: the HTML converter writes it into <td …>. */
const tableAttack = doc(
  element('table', [
    element('tablerow', [
      element('tablecell', [element('paragraph', [text('单元格')])], {
        headerState: '0 onmouseover="alert(document.cookie)" style="position:fixed;inset:0"',
      }),
    ]),
  ]),
)
/** An upload node with an inline document instead of a media id: rendered as <a href="javascript:…">. */
const uploadAttack = doc(element('paragraph', [text('看附件')]), {
  type: 'upload',
  relationTo: 'media',
  version: 3,
  format: '',
  fields: null,
  value: { url: 'javascript:alert(1)', mimeType: 'text/plain', filename: '附件.txt', alt: '附件' },
})
const linkAttack = doc(
  element('paragraph', [
    element('link', [text('点这里')], {
      fields: { url: 'javascript:alert(1)', linkType: 'custom', newTab: false },
    }),
  ]),
)
const clean = doc(
  element('heading', [text('小标题')], { tag: 'h2' }),
  element('paragraph', [
    text('正文'),
    element('link', [text('政府网')], {
      fields: { url: 'https://www.gov.cn/', linkType: 'custom', newTab: true },
    }),
  ]),
  element('list', [element('listitem', [text('第一条')], { value: 1 })], {
    listType: 'number',
    tag: 'ol',
    start: 1,
  }),
)

beforeAll(async () => {
  cms = await startCms()
  api = await apiClient(cms.config)
  village = await makeVillage(cms.payload)
  await makeUser(cms.payload, 'editor@rt.example', ['township-editor'])
  token = await api.login('editor@rt.example', 'test-password-1')
})
afterAll(async () => cms?.close())

const createModel = (story: unknown) =>
  api.post('/role-models?draft=true', { ...validDoc('role-models', village, 0, ++n), story }, { token })

describe('on save, only what the editor makes', () => {
  test.each([
    ['a table cell with markup in its header state', tableAttack, /“事迹全文”中有编辑器不支持的内容：表格/],
    [
      'an upload node holding a document instead of a media id',
      uploadAttack,
      /“事迹全文”中有编辑器不支持的内容：图片（正文里不能放图片/,
    ],
    [
      'a well-formed upload node (pictures have their own fields)',
      doc(element('paragraph', [text('照片')]), {
        type: 'upload',
        version: 3,
        id: '0123456789abcdef01234567',
        relationTo: 'media',
        value: 1,
        fields: null,
        format: '',
      }),
      /“事迹全文”中有编辑器不支持的内容：图片（正文里不能放图片，请上传到本页的照片栏）/,
    ],
    ['a javascript: link', linkAttack, /“事迹全文”中有编辑器不支持的内容：链接地址/],
  ])('refuses %s with a 400 naming the field', async (_, story, message) => {
    const { status, body } = await createModel(story)
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(message)
    const { totalDocs } = await cms.payload.count({
      collection: 'role-models',
      where: { name: { equals: `测试榜样${n}` } },
    })
    expect(totalDocs).toBe(0)
  })

  test('accepts a table as the editor makes it, and it leaves as plain table markup', async () => {
    const cell = (value: string, headerState: number, extra: Record<string, unknown> = {}) =>
      element('tablecell', [element('paragraph', [text(value)])], {
        headerState,
        colSpan: 1,
        rowSpan: 1,
        backgroundColor: null,
        width: null,
        ...extra,
      })
    const table = doc(
      element(
        'table',
        [
          element('tablerow', [cell('对象', 1), cell('标准', 1)]),
          element('tablerow', [cell('80周岁以上', 0), cell('每月100元', 0)]),
          element('tablerow', [cell('合计另行公布', 0, { colSpan: 2 })]),
        ],
        { colWidths: [120, 200] },
      ),
    )
    const { status } = await createModel(table)
    expect(status).toBe(201)
    const story = await exportedStory(table)
    expect(story).toMatch(/<div class="table-scroll">\s*<table>\s*<tbody>\s*<tr>\s*<th>\s*<p>对象<\/p>/)
    expect(story).toMatch(/<td colspan="2">\s*<p>合计另行公布<\/p>/)
    expect(story).not.toMatch(/style=|lexical-/)
  })

  test('accepts headings, links, lists and text as the editor writes them', async () => {
    const { status } = await createModel(clean)
    expect(status).toBe(201)
  })
})

/** A published role model whose story the database holds as `story` (written past the save check), as exported. */
async function exportedStory(story: unknown) {
  const created = await cms.payload.create({
    collection: 'role-models',
    data: {
      ...validDoc('role-models', village, 0, ++n),
      story: clean,
      _status: 'published',
      reviewState: 'published',
    } as never,
    context: { seeding: true },
  })
  await cms.payload.db.updateOne({
    collection: 'role-models',
    where: { id: { equals: created.id } },
    data: { story },
  })
  return (await exportSnapshot(cms.payload)).roleModels.find((m) => m.id === String(created.id))!.story!
}

describe('on export, sanitised HTML whatever the database holds', () => {
  test('markup written past the save check leaves the CMS without script, handlers or javascript: links', async () => {
    const story = await exportedStory(
      doc(...tableAttack.root.children, ...uploadAttack.root.children, ...linkAttack.root.children, {
        ...element('paragraph', [text('<script>alert(1)</script>')]),
      }),
    )
    expect(story).toContain('单元格')
    expect(story).toContain('点这里')
    expect(story).not.toMatch(/onmouseover|javascript:|position:fixed|<script|style=/i)
    expect(story).toMatch(/<td>\s*<p>单元格<\/p>\s*<\/td>/)
    expect(story).toContain('&lt;script&gt;')
  })

  test('alignment and underline from the editor leave as a class and <u>, never a style attribute', async () => {
    const styled = doc(
      element('paragraph', [{ ...text('居中'), format: 8 }], { format: 'center' }),
      element('paragraph', [text('普通')]),
    )
    const story = await exportedStory(styled)
    expect(story).toContain('<p class="text-center"><u>居中</u></p>')
    expect(story).not.toContain('style=')
  })
})
