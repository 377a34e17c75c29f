/**
 * Links in rich text on their own, at both layers (fields/richText.ts): the save-time allow-list
 * of the Lexical tree, and the export-time sanitiser of the HTML. Each hostile address is one a
 * browser would follow somewhere other than a web page, mail or phone of the editor's choosing.
 */
import { richTextProblem, sanitizeRichTextHtml } from '@xiangfeng/cms/fields/richText'
import { describe, expect, test } from 'vitest'

const withLink = (url: string) => ({
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'link', fields: { url, linkType: 'custom' }, children: [{ type: 'text', text: '点此' }] },
        ],
      },
    ],
  },
})

const hostile = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript:alert(1)//https://example.gov.cn/',
  'javascript://https://example.gov.cn/%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '//evil.example/',
  '\\\\evil.example\\',
  '/\\evil.example/',
  ' //evil.example/',
  'file:///etc/passwd',
]

const safe = [
  'https://www.gov.cn/zhengce/',
  'HTTP://www.gov.cn/',
  'mailto:xcb@example.gov.cn',
  'tel:0571-88000119',
  '/policies/zhen/yi-bao/',
  '#tiao-wen',
]

describe('the save-time allow-list', () => {
  test.each(hostile)('refuses %j', (url) => {
    expect(richTextProblem(withLink(url))).toBe('链接地址（只能是 http、https、邮件或电话链接）')
  })
  test.each(safe)('takes %j', (url) => {
    expect(richTextProblem(withLink(url))).toBeUndefined()
  })
})

describe('the export-time sanitiser', () => {
  test.each(hostile)('drops the address %j', (url) => {
    const html = sanitizeRichTextHtml(`<p><a href="${url.replace(/"/g, '&quot;')}">点此</a></p>`)
    expect(html).toContain('点此')
    expect(html).not.toMatch(/href="(?!https?:\/\/|mailto:|tel:|\/(?![/\\])|#)/i)
  })
  test('keeps a web address and escapes a script as text', () => {
    expect(
      sanitizeRichTextHtml('<p><a href="https://www.gov.cn/">国务院</a><script>alert(1)</script>x</p>'),
    ).toBe('<p><a href="https://www.gov.cn/">国务院</a>x</p>')
    expect(sanitizeRichTextHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    )
  })
})
