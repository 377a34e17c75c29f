import type { SelectionBatch } from '../../payload-types'
import { chinaDate, publishedFields, type PublicShape } from '../publicShape'

export const publicSelectionBatch: PublicShape<'selectionBatches', SelectionBatch> = (b, links) => {
  const { startsOn, endsOn, objectionsTo } = b.notice ?? {}
  return {
    ...publishedFields(b),
    title: b.title,
    village: links.slug('villages', b.village),
    announcedOn: chinaDate(b.announcedOn),
    issuedBy: b.issuedBy,
    intro: b.intro,
    // A notice half filled in is a mistake the contract names, not a batch without notice.
    notice:
      startsOn || endsOn || objectionsTo
        ? { startsOn: chinaDate(startsOn), endsOn: chinaDate(endsOn), objectionsTo }
        : undefined,
    featuredOnKiosk: Boolean(b.featuredOnKiosk),
  }
}
