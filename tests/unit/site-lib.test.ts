/** The site's pure helpers on their own: addresses, Chinese dates, and the kiosk loop's choice of slides. */
import { describe, expect, test } from 'vitest'

import { slidesFor, slidesInForce } from '../../site/src/kiosk/runtime/loop'
import { KioskSettingsError, readKioskSettings } from '../../site/src/kiosk/runtime/settings'
import {
  articleNumber,
  chinaWeek,
  chineseDate,
  chineseDateTime,
  chineseMonth,
} from '../../site/src/lib/format'
import { paths, scope } from '../../site/src/lib/paths'

describe('paths', () => {
  test('village content lives under its village, township content under zhen', () => {
    expect(scope(undefined)).toBe('zhen')
    expect(paths.roleModel({ slug: 'wang-gui-lan' })).toBe('/role-models/zhen/wang-gui-lan/')
    expect(paths.roleModel({ village: 'qing-xi-cun', slug: 'wang-gui-lan' })).toBe(
      '/role-models/qing-xi-cun/wang-gui-lan/',
    )
    expect(paths.points('qing-xi-cun')).toBe('/villages/qing-xi-cun/points/')
    expect(paths.points('qing-xi-cun', '2026-11')).toBe('/villages/qing-xi-cun/points/2026-11/')
    expect(paths.kiosk('qing-xi-cun', 'da-ting')).toBe('/kiosk/qing-xi-cun/da-ting/')
  })
})

describe('Chinese dates', () => {
  test('a day with its weekday, and the China day of an instant past UTC midnight', () => {
    expect(chineseDate('2026-11-22')).toBe('2026年11月22日 星期日')
    // 16:30 UTC is 00:30 the next day in China.
    expect(chineseDate('2026-11-21T16:30:00Z')).toBe('2026年11月22日 星期日')
    expect(chineseDateTime('2026-11-21T16:30:00Z')).toContain('00:30')
    expect(chineseMonth('2026-03')).toBe('2026年3月')
  })

  test('article numbers in Chinese numerals', () => {
    expect([1, 10, 12, 20, 23].map(articleNumber)).toEqual([
      '第一条',
      '第十条',
      '第十二条',
      '第二十条',
      '第二十三条',
    ])
  })

  test('a China week runs Monday to Sunday', () => {
    expect(chinaWeek(new Date('2026-11-22T15:59:00Z'))).toEqual({
      monday: '2026-11-16',
      sunday: '2026-11-22',
    })
    expect(chinaWeek(new Date('2026-11-22T16:00:00Z'))).toEqual({
      monday: '2026-11-23',
      sunday: '2026-11-29',
    })
  })
})

describe('the kiosk loop', () => {
  /** Slides as the kiosk page renders them: only their data attributes matter here. */
  const slide = (section: string, data: Record<string, string> = {}) =>
    ({ dataset: { section, ...data } }) as unknown as HTMLElement
  const notice = slide('notices', { validFrom: '2026-12-03T00:00:00Z', validUntil: '2026-12-03T10:00:00Z' })
  const urgent = slide('notices', {
    validFrom: '2026-12-03T00:00:00Z',
    validUntil: '2026-12-03T10:00:00Z',
    urgent: '',
  })
  const model = slide('roleModels')
  const lecture = slide('lectures')
  const grid = slide('grids')
  // China 08:00–12:00 is UTC 00:00–04:00.
  const mornings = [{ from: '08:00', to: '12:00', sections: ['lectures'] }]

  test('a notice shows from its start up to, not at, its end', () => {
    expect(slidesInForce([notice, model], new Date('2026-12-02T23:59:59Z'))).toEqual([model])
    expect(slidesInForce([notice, model], new Date('2026-12-03T09:59:59Z'))).toEqual([notice, model])
    expect(slidesInForce([notice, model], new Date('2026-12-03T10:00:00Z'))).toEqual([model])
  })

  test('an urgent notice in force takes the screen alone', () => {
    expect(slidesFor([urgent, notice, model], [], new Date('2026-12-03T05:00:00Z'))).toEqual([urgent])
    expect(slidesFor([urgent, model], [], new Date('2026-12-03T11:00:00Z'))).toEqual([model])
  })

  test('a daypart shows its own sections with the notices and grids; outside it, everything', () => {
    const all = [notice, model, lecture, grid]
    expect(slidesFor(all, mornings, new Date('2026-12-03T01:00:00Z'))).toEqual([notice, lecture, grid])
    expect(slidesFor(all, mornings, new Date('2026-12-03T05:00:00Z'))).toEqual([notice, model, lecture, grid])
    // A daypart with nothing of its own to show leaves the loop whole.
    expect(slidesFor([notice, model], mornings, new Date('2026-12-03T01:00:00Z'))).toEqual([notice, model])
  })
})

describe('the kiosk page’s settings', () => {
  const good = {
    build: '20261203-101010',
    screen: '3',
    village: 'qing-xi-cun',
    cms: 'https://cms.example',
    slideSeconds: 12,
    idleSeconds: 90,
    hours: [{ weekday: '1', on: '08:00', off: '18:00' }],
    dayparts: [{ from: '08:00', to: '12:00', sections: ['lectures'] }],
  }

  test('the runtime reads what the page wrote', () => {
    expect(readKioskSettings(JSON.stringify(good))).toEqual(good)
  })

  test.each([
    ['no settings at all', undefined],
    ['a broken attribute', '{"build":'],
    ['a slide length that is text', JSON.stringify({ ...good, slideSeconds: '12' })],
    [
      'hours that are no times',
      JSON.stringify({ ...good, hours: [{ weekday: '1', on: '8点', off: '18:00' }] }),
    ],
    [
      'a daypart without its sections',
      JSON.stringify({ ...good, dayparts: [{ from: '08:00', to: '12:00' }] }),
    ],
  ])('%s is refused before the kiosk starts', (_, json) => {
    expect(() => readKioskSettings(json)).toThrow(KioskSettingsError)
  })
})
