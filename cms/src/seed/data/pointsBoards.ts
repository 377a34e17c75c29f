import { chinaDay } from '@xiangfeng/content-schema'

import type { VillageSlug } from './places'

export type SeedRedEntry = {
  /** The household's name; published only with `consentOn`. */
  household: string
  group: string
  points: number
  deeds: string
  article?: number
  consentOn?: string
}

export type SeedBoard = {
  village: VillageSlug
  /** Months before the seed's month: 0 is this month. */
  monthsAgo: number
  intro?: string
  redList: SeedRedEntry[]
  blackList: { category: string; households: number; article?: number }[]
}

/** The first day of the China month `monthsAgo` before `now`, 2026-11-01. */
export function boardMonth(now: Date, monthsAgo: number): string {
  const [year, month] = chinaDay(now).split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1 - monthsAgo, 1))
  return date.toISOString().slice(0, 10)
}

/**
 * Demo boards (the articles are those of the demo rules: 4 environment, 6 clutter, 7 dogs,
 * 12 weddings and funerals, 13 caring for elders, 14 points). Households that did not agree to be
 * named read 某组某户 on the board.
 */
export const pointsBoards: SeedBoard[] = [
  {
    village: 'liu-wan-cun',
    monthsAgo: 0,
    intro:
      '根据《柳湾村村规民约》第十四条，经村积分评议小组评议，现将本月积分红黑榜公示如下。积分可在村爱心超市兑换生活用品。',
    redList: [
      {
        household: '周德顺家',
        group: '一组',
        points: 30,
        deeds: '汛期主动巡河、转移独居老人',
        article: 14,
        consentOn: '2026-11-02',
      },
      {
        household: '何春花家',
        group: '二组',
        points: 20,
        deeds: '儿子婚事新办，未收彩礼',
        article: 12,
        consentOn: '2026-11-03',
      },
      { household: '钱有福家', group: '三组', points: 15, deeds: '房前屋后整治，评为“最美庭院”', article: 4 },
      { household: '冯秀珍家', group: '二组', points: 10, deeds: '照顾瘫痪婆婆，孝老爱亲', article: 13 },
    ],
    blackList: [
      { category: 'clutter', households: 3, article: 6 },
      { category: 'unleashed-dog', households: 2, article: 7 },
      { category: 'burning', households: 1, article: 4 },
    ],
  },
  {
    village: 'liu-wan-cun',
    monthsAgo: 1,
    redList: [
      {
        household: '周德顺家',
        group: '一组',
        points: 20,
        deeds: '参加河道清淤志愿服务',
        article: 14,
        consentOn: '2026-10-03',
      },
      { household: '孔令军家', group: '四组', points: 10, deeds: '调解邻里宅基地纠纷', article: 14 },
    ],
    blackList: [
      { category: 'littering', households: 4, article: 4 },
      { category: 'extravagant-ceremony', households: 1, article: 12 },
    ],
  },
  {
    village: 'qing-xi-cun',
    monthsAgo: 0,
    redList: [
      {
        household: '张建民家',
        group: '一组',
        points: 25,
        deeds: '带动12户种植猕猴桃增收',
        article: 14,
        consentOn: '2026-11-05',
      },
      { household: '韩桂英家', group: '三组', points: 15, deeds: '垃圾分类示范户', article: 4 },
    ],
    blackList: [{ category: 'clutter', households: 2, article: 6 }],
  },
]
