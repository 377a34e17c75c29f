import { SelectionBatch } from '@xiangfeng/content-schema'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, test } from 'vitest'

import { noticeState } from '../../site/src/lib/records'
import { byCategory, SelectionBatchArticle } from '../../site/src/views/SelectionBatchArticle'

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
    const issues = (value: unknown) =>
      SelectionBatch.safeParse(value).error?.issues.map((i) => ({ path: i.path.join('.'), code: i.code }))
    expect(issues({ ...batch, notice: { ...notice, endsOn: '2026-11-19' } })).toEqual([
      { path: 'notice.endsOn', code: 'custom' },
    ])
    expect(issues({ ...batch, notice: { ...notice, objectionsTo: '' } })).toEqual([
      { path: 'notice.objectionsTo', code: 'too_small' },
    ])
    expect(issues(batch)).toBeUndefined()
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

  test('a page of a long list names its own slice, counts the whole batch and links the list to print', () => {
    const members = byCategory([
      { href: '/role-models/zhen/a/', name: '张三', category: 'good-neighbour' },
      { href: '/role-models/zhen/b/', name: '李四', category: 'good-neighbour' },
      { href: '/role-models/zhen/c/', name: '王五家庭', category: 'exemplary-family' },
    ])
    expect(members.map((m) => m.name)).toEqual(['王五家庭', '张三', '李四'])
    const html = renderToStaticMarkup(
      createElement(SelectionBatchArticle, {
        batch,
        members,
        shown: members.slice(2),
        printHref: '/role-models/batch/zhen/2026-nian-di-er-pi/print/',
        now: '2026-11-22T02:00:00Z',
      }),
    )
    expect(html).toContain('本批共3名（户、组）</strong>，其中引领风尚好家庭1名、和睦友好好邻居2名。')
    expect(html).toContain('<h2>和睦友好好邻居（2名）</h2>')
    expect(html).not.toContain('<h2>引领风尚好家庭')
    expect(html).toContain('李四')
    expect(html).not.toContain('张三')
    expect(html).toContain(
      '<a href="/role-models/batch/zhen/2026-nian-di-er-pi/print/">查看和打印完整名单</a>',
    )
  })
})
