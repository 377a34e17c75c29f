import type { Township } from '../../payload-types'
import type { PublicShape } from '../publicShape'

export const publicTownship: PublicShape<'townships', Township> = (t) => ({
  id: String(t.id),
  slug: t.slug,
  name: t.name,
  intro: t.intro,
})
