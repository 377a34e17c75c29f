import * as contract from '@xiangfeng/content-schema'

import type { Village } from '../../payload-types'
import { publicShape } from '../../publish/publicShape'

/** Villages go public without review: the contract and the site treat their text as untrusted. */
export const publicVillage = publicShape({
  collection: 'villages',
  schema: contract.Village,
  toPublic: (v: Village, links) => ({
    id: String(v.id),
    slug: v.slug,
    name: v.name,
    township: links.slug('townships', v.township),
    intro: v.intro,
  }),
})
