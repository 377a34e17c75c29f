import * as contract from '@xiangfeng/content-schema'

import type { Township } from '../../payload-types'
import { publicShape } from '../../publish/publicShape'

export const publicTownship = publicShape({
  collection: 'townships',
  schema: contract.Township,
  toPublic: (t: Township) => ({ id: String(t.id), slug: t.slug, name: t.name, intro: t.intro }),
})
