import type { Village } from '../../payload-types'
import type { PublicShape } from '../publicShape'

/** Villages go public without review: the contract and the site treat their text as untrusted. */
export const publicVillage: PublicShape<'villages', Village> = (v, links) => ({
  id: String(v.id),
  slug: v.slug,
  name: v.name,
  township: links.slug('townships', v.township),
  intro: v.intro,
})
