/**
 * What the portal and the kiosk show of one document, as React components and pure builders:
 * rendered to static HTML by Astro at build time, and by the CMS for the admin's preview.
 */
export { GridCards, type GridWithCode } from './GridCards'
export { KioskSlideView } from './KioskSlideView'
export { LectureArticle } from './LectureArticle'
export { LinkSection } from './LinkSection'
export { fileHref, NoticeArticle, validityText } from './NoticeArticle'
export { PointsBoardArticle } from './PointsBoardArticle'
export { PolicyArticle } from './PolicyArticle'
export { RoleModelArticle } from './RoleModelArticle'
export { type BatchMember, batchMembers, noticeState, SelectionBatchArticle } from './SelectionBatchArticle'
export { VillageRulesArticle } from './VillageRulesArticle'
export type { LinkItem, PictureComponent } from './types'
export {
  batchSlide,
  gridsSlide,
  type KioskSlide,
  lecturesSlide,
  noticeSlide,
  pointsSlide,
  policySlide,
  roleModelSlide,
  rulesSlide,
} from '../kiosk/slides'
export { paths } from '../lib/paths'
export { qrSvg } from '../lib/qr'
export { chineseDate, chineseMonth } from '../lib/format'
