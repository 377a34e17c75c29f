import * as contract from '@xiangfeng/content-schema'

import type { PointsBoard } from '../../payload-types'
import { publishedFields, type PublicShape } from '../publicShape'

export const publicPointsBoard: PublicShape<'pointsBoards', PointsBoard> = (b, links) => ({
  ...publishedFields(b),
  village: links.slug('villages', b.village),
  month: b.month ? contract.chinaDay(b.month).slice(0, 7) : undefined,
  rules: links.slug('village-rules', b.rules),
  intro: b.intro,
  redList: (b.redList ?? []).map((r) => ({
    // The contract's allowance: a household's name only with its consent on record.
    household: r.named ? r.household : undefined,
    group: r.group,
    points: r.points,
    deeds: r.deeds,
    article: r.article,
  })),
  blackList: (b.blackList ?? []).map((x) => ({
    category: x.category,
    households: x.households,
    article: x.article,
  })),
})
