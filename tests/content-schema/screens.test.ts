import { DEFAULT_HOURS, describeHours } from '@xiangfeng/content-schema'
import { describe, expect, test } from 'vitest'

import { demoScreens } from '@xiangfeng/cms/seed/data/screens'

describe('a screen’s hours in words', () => {
  test('the same hours every day', () => {
    expect(describeHours(DEFAULT_HOURS)).toBe('每天 08:00–18:00')
  })

  test('runs of days, a short Saturday and a closed Sunday (the demo totem)', () => {
    expect(describeHours(demoScreens[1].hours)).toBe('周一至周五 08:00–18:00；周六 08:00–12:00；周日关闭')
  })

  test('two spans in a day, two days apart, and a week with none', () => {
    expect(
      describeHours([
        { weekday: '3', on: '14:00', off: '17:30' },
        { weekday: '3', on: '08:30', off: '11:30' },
        { weekday: '4', on: '08:30', off: '11:30' },
        { weekday: '4', on: '14:00', off: '17:30' },
        { weekday: '6', on: '00:00', off: '24:00' },
      ]),
    ).toBe('周一、周二关闭；周三、周四 08:30–11:30、14:00–17:30；周五关闭；周六 00:00–24:00；周日关闭')
    expect(describeHours([])).toBe('全周关闭')
  })
})
