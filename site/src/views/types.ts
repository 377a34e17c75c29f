import type { PublicImage } from '@xiangfeng/content-schema'
import type { ReactNode } from 'react'

/**
 * How a view shows a picture: the portal passes its responsive variants (Picture.tsx), the admin's
 * preview the uploaded original it can serve. Everything else in a view is the same for both.
 */
export type PictureComponent = (props: {
  image: PublicImage
  loading?: 'lazy' | 'eager'
  /** How wide the picture shows, when not the text column's width. */
  sizes?: string
}) => ReactNode

/** A titled list of links on a detail page. */
export type LinkItem = { href: string; label: string; note?: string }

/**
 * Every field of a contract record, each marked shown by a view (true) or said where it shows
 * instead: a field the contract gains fails typecheck at the view until someone decides.
 */
export type FieldsShown<R> = { [K in keyof Required<R>]: true | string }
