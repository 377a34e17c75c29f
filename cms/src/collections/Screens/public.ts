import type { Screen } from '../../payload-types'
import type { PublicShape } from '../publicShape'

/** A screen's settings as its kiosk page needs them; its key and reported status stay here. */
export const publicScreen: PublicShape<'screens', Screen> = (d, links) => ({
  id: String(d.id),
  slug: d.slug,
  village: links.slug('villages', d.village),
  name: d.name,
  orientation: d.orientation,
  hours: (d.hours ?? []).map((h) => ({ weekday: h.weekday, on: h.on, off: h.off })),
  dayparts: (d.dayparts ?? []).map((p) => ({ from: p.from, to: p.to, sections: p.sections ?? [] })),
  featuredRoleModels: links.idsOf('role-models', d.featuredRoleModels),
  featuredPolicies: links.idsOf('policy-explainers', d.featuredPolicies),
  slideSeconds: d.slideSeconds,
  idleSeconds: d.idleSeconds,
})
