import * as contract from '@xiangfeng/content-schema'

import type { Notice } from '../../payload-types'
import { html, publicShape, publishedFields } from '../../publish/publicShape'

export const publicNotice = publicShape({
  collection: 'notices',
  schema: contract.Notice,
  toPublic: (n: Notice, links) => ({
    ...publishedFields(n),
    title: n.title,
    kind: n.kind,
    village: links.slug('villages', n.village),
    issuedBy: n.issuedBy,
    body: html(n.body),
    validFrom: n.validFrom,
    validUntil: n.validUntil,
    urgent: Boolean(n.urgent),
    attachment: links.file(n.attachment),
  }),
})
