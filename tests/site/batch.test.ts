import { SelectionBatch } from '@xiangfeng/content-schema'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, test } from 'vitest'

import { noticeState, SelectionBatchArticle } from '../../site/src/views/SelectionBatchArticle'

const batch = SelectionBatch.parse({
  id: '7',
  slug: '2026-nian-di-er-pi',
  publishedAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  title: '2026年第二批“身边好榜样”',
  announcedOn: '2026-11-20',
  issuedBy: '中共云溪镇委员会 云溪镇人民政府',
  notice: { startsOn: '2026-11-20', endsOn: '2026-11-26', objectionsTo: '镇党政办，电话 0571-8800 0000' },
  featuredOnKiosk: true,
})

describe('a selection batch’s public notice', () => {
  test('runs from its first day to its last, both included', () => {
    expect(noticeState(batch, '2026-11-19')).toBe('upcoming')
    expect(noticeState(batch, '2026-11-20')).toBe('open')
    expect(noticeState(batch, '2026-11-26')).toBe('open')
    expect(noticeState(batch, '2026-11-27')).toBe('closed')
    expect(noticeState({ ...batch, notice: undefined }, '2026-11-22')).toBe('none')
  })

  test('takes its day from China time: 16:30 UTC on the last day is already the day after', () => {
    const render = (now: string) =>
      renderToStaticMarkup(createElement(SelectionBatchArticle, { batch, members: [], now }))
    expect(render('2026-11-26T15:59:00Z')).toContain('正在公示')
    expect(render('2026-11-26T16:30:00Z')).not.toContain('正在公示')
  })

  test('the contract refuses a notice that ends before it starts or names nowhere to object', () => {
    const notice = batch.notice!
    expect(() => SelectionBatch.parse({ ...batch, notice: { ...notice, endsOn: '2026-11-19' } })).toThrow()
    expect(() => SelectionBatch.parse({ ...batch, notice: { ...notice, objectionsTo: '' } })).toThrow()
  })

  test('names and titles are escaped, and a member is listed under their own category only', () => {
    const html = renderToStaticMarkup(
      createElement(SelectionBatchArticle, {
        batch: { ...batch, title: '<script>alert(1)</script>' },
        members: [
          { href: '/role-models/zhen/a/', name: '<img src=x onerror=alert(1)>', category: 'good-neighbour' },
          { href: '/role-models/zhen/b/', name: '李四', category: 'good-neighbour' },
          { href: '/role-models/zhen/c/', name: '王五家庭', category: 'exemplary-family' },
        ],
        now: '2026-11-22T02:00:00Z',
      }),
    )
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('本批共3名（户、组）')
    expect(html).toContain('<h2>和睦友好好邻居（2名）</h2>')
    expect(html).toContain('<h2>引领风尚好家庭（1名）</h2>')
    expect(html.indexOf('引领风尚好家庭（1名）')).toBeLessThan(html.indexOf('和睦友好好邻居（2名）'))
  })
})
