import { Notice, noticeInForce } from '@xiangfeng/content-schema'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, test } from 'vitest'

import { noticeSlide, paragraphsOf } from '../../site/src/kiosk/slides'
import { NoticeArticle } from '../../site/src/views/NoticeArticle'

const notice = Notice.parse({
  id: '3',
  slug: 'ting-shui-tong-zhi',
  publishedAt: '2026-11-23T00:00:00.000Z',
  updatedAt: '2026-11-23T00:00:00.000Z',
  title: '石桥村停水通知',
  kind: 'notice',
  village: 'shi-qiao-cun',
  issuedBy: '石桥村村民委员会',
  body: '<p>全体村民：</p><p>明天8:00至18:00停水 &amp; 请储水。</p>',
  validFrom: '2026-11-23T00:00:00.000Z',
  validUntil: '2026-11-24T10:00:00.000Z',
  urgent: true,
})
const render = (n: Notice, now: string) =>
  renderToStaticMarkup(createElement(NoticeArticle, { notice: n, villageName: '石桥村', now }))

describe('a notice’s validity', () => {
  test('runs from its start up to, not including, its end', () => {
    expect(noticeInForce(notice, new Date('2026-11-22T23:59:59Z'))).toBe(false)
    expect(noticeInForce(notice, new Date('2026-11-23T00:00:00Z'))).toBe(true)
    expect(noticeInForce(notice, new Date('2026-11-24T09:59:59Z'))).toBe(true)
    expect(noticeInForce(notice, new Date('2026-11-24T10:00:00Z'))).toBe(false)
    expect(noticeInForce({ ...notice, validUntil: undefined }, new Date('2036-01-01T00:00:00Z'))).toBe(true)
  })

  test('the contract refuses an urgent notice with no end, and an end before the start', () => {
    expect(() => Notice.parse({ ...notice, validUntil: undefined })).toThrow(/urgent notice needs an end/)
    expect(() => Notice.parse({ ...notice, validUntil: '2026-11-22T00:00:00.000Z' })).toThrow(/ends before/)
    // An ordinary notice may run with no end (a standing 倡议书).
    expect(Notice.parse({ ...notice, urgent: false, validUntil: undefined }).validUntil).toBeUndefined()
  })

  test('an attachment is a PDF under files/, nothing else', () => {
    const attachment = { id: '1', src: 'files/停水通知.pdf', title: '停水通知（盖章版）', bytes: 20480 }
    expect(Notice.parse({ ...notice, attachment }).attachment?.src).toBe('files/停水通知.pdf')
    for (const src of ['files/a.html', 'media/a.pdf', 'files/../snapshot.pdf', 'files/a/b.pdf'])
      expect(() => Notice.parse({ ...notice, attachment: { ...attachment, src } }), src).toThrow()
  })
})

describe('a notice’s page', () => {
  test('says urgent while in force and 已过期 from its end, in China time', () => {
    const during = render(notice, '2026-11-24T09:59:00Z')
    expect(during).toContain('紧急通知')
    expect(during).toContain('有效期：2026年11月23日 星期一 08:00 至 2026年11月24日 星期二 18:00')
    expect(during).not.toContain('已过期')
    const after = render(notice, '2026-11-24T10:00:00Z')
    expect(after).toContain('（已过期）')
    expect(after).not.toContain('紧急通知')
  })

  test('a standing notice says from when it runs; the attachment link is encoded and sized', () => {
    const html = render(
      {
        ...notice,
        urgent: false,
        validUntil: undefined,
        attachment: { id: '1', src: 'files/停水 通知.pdf', title: '盖章版', bytes: 250_000 },
      },
      '2030-01-01T00:00:00Z',
    )
    expect(html).toContain('2026年11月23日 星期一 08:00起，长期有效')
    expect(html).not.toContain('已过期')
    expect(html).toContain(`href="/files/${encodeURIComponent('停水 通知.pdf')}"`)
    expect(html).toContain('（PDF，244 KB）')
  })

  test('its title and issuer are escaped', () => {
    const html = render(
      { ...notice, title: '<script>alert(1)</script>', issuedBy: '<img src=x onerror=alert(1)>' },
      '2026-11-23T12:00:00Z',
    )
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<img src=x')
    // Shown as the text it is, not dropped.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})

describe('a notice’s kiosk slide', () => {
  test('carries its validity for the screen to read, and the body as plain paragraphs', () => {
    const slide = noticeSlide(notice, '石桥村', '<svg/>')
    expect(slide).toMatchObject({
      kind: 'notice',
      section: 'notices',
      urgent: true,
      validFrom: notice.validFrom,
      validUntil: notice.validUntil,
      paragraphs: ['全体村民：', '明天8:00至18:00停水 & 请储水。'],
    })
    expect(slide.kind === 'notice' && slide.tag).toBe('紧急通知 · 石桥村 · 有效期至11月24日 星期二 18:00')
  })

  test('a long body is cut at 150 characters; markup never passes as markup', () => {
    const long = paragraphsOf(`<p>${'一'.repeat(100)}</p><ul><li>${'二'.repeat(100)}</li></ul><p>三</p>`)
    expect(long).toEqual(['一'.repeat(100), `${'二'.repeat(50)}……`])
    expect(paragraphsOf('<p>&lt;script&gt;x&lt;/script&gt;</p>')).toEqual(['<script>x</script>'])
  })
})
