import type * as contract from '@xiangfeng/content-schema'

import type { SiteSetting } from '../../payload-types'
import type { PublicDraft } from '../../collections/publicShape'

/** The settings the portal shows; the flagged-words list stays in the CMS. */
export const publicSiteSettings = (s: SiteSetting): PublicDraft<contract.SiteSettings> => ({
  siteName: s.siteName,
  icpNumber: s.icpNumber,
  publicSecurityNumber: s.publicSecurityNumber,
  contactPhone: s.contactPhone,
  contactAddress: s.contactAddress,
})
