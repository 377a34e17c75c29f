import * as contract from '@xiangfeng/content-schema'

import type { LectureSeries } from '../../payload-types'
import { publicShape, publishedFields } from '../../publish/publicShape'

export const publicLectureSeries = publicShape({
  collection: 'lecture-series',
  schema: contract.LectureSeries,
  toPublic: (s: LectureSeries, links) => ({
    ...publishedFields(s),
    name: s.name,
    kind: s.kind,
    slogan: s.slogan,
    organiser: s.organiser,
    village: links.slug('villages', s.village),
    description: s.description,
  }),
})
