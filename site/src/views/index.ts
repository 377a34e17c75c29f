/**
 * What the portal and the kiosk show of one document, as React components and pure builders:
 * rendered to static HTML by Astro at build time, and by the CMS for the admin's preview, each
 * content type through its entry in `contentViews`.
 */
export { type ArticleProps, contentViews, type SlideContext, viewOf } from './contentViews'
export { KioskSlideView } from './KioskSlideView'
export type { KioskSlide } from '../kiosk/slides'
export type { LinkItem, PictureComponent } from './types'
