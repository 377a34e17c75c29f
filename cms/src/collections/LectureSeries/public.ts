import type { LectureSeries } from '../../payload-types'
import { publishedFields, type PublicShape } from '../publicShape'

export const publicLectureSeries: PublicShape<'lectureSeries', LectureSeries> = (s, links) => ({
  ...publishedFields(s),
  name: s.name,
  kind: s.kind,
  slogan: s.slogan,
  organiser: s.organiser,
  village: links.slug('villages', s.village),
  description: s.description,
})
