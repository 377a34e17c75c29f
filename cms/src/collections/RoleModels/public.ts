import type { RoleModel } from '../../payload-types'
import { chinaDate, html, publishedFields, type PublicShape } from '../publicShape'

/** A role model as the public sees it: never the contact or consent groups. */
export const publicRoleModel: PublicShape<'roleModels', RoleModel> = (m, links) => ({
  ...publishedFields(m),
  subjectType: m.subjectType,
  name: m.name,
  category: m.category,
  village: links.slug('villages', m.village),
  summary: m.summary,
  story: html(m.story),
  portrait: links.image(m.portrait),
  photos: links.images(m.photos),
  honours: (m.honours ?? []).map((h) => ({
    title: h.title,
    awardedBy: h.awardedBy,
    awardedOn: chinaDate(h.awardedOn),
    level: h.level,
  })),
  batch: links.idsOf('selection-batches', [m.batch])[0],
  featuredOnHome: Boolean(m.featuredOnHome),
  featuredOnKiosk: Boolean(m.featuredOnKiosk),
})
