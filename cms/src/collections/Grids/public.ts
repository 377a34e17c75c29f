import type { Grid } from '../../payload-types'
import { publishedFields, type PublicShape } from '../publicShape'

export const publicGrid: PublicShape<'grids', Grid> = (g, links) => {
  const workers = (g.workers ?? []).map((w) => ({
    name: w.name,
    role: w.role,
    photo: links.image(w.photo),
    // The contract's one allowance: a work phone its holder agreed to publish, and no other.
    workPhone: w.phonePublic ? w.workPhone : undefined,
  }))
  const phone = workers.find((w) => w.workPhone)?.workPhone
  return {
    ...publishedFields(g),
    village: links.slug('villages', g.village),
    name: g.name,
    area: g.area,
    households: g.households,
    workers,
    raiseMatter: g.raiseMatterLink || (phone ? `tel:${phone}` : undefined),
  }
}
