import type { Notice } from '../../payload-types'
import { html, publishedFields, type PublicShape } from '../publicShape'

export const publicNotice: PublicShape<'notices', Notice> = (n, links) => ({
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
})
