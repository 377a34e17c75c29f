import type { PublicImage } from '@xiangfeng/content-schema'

import { FORMATS, shareVariantOf, variantsOf } from '../lib/images.mjs'

/** A snapshot picture as AVIF/WebP at several widths, with a JPEG of at most 1200 px as the fallback. */
export function Picture({
  image,
  sizes = '(min-width: 48rem) 46rem, 100vw',
  loading = 'lazy',
  className,
}: {
  image: PublicImage
  /** How wide the picture shows; the default fits the text column. */
  sizes?: string
  loading?: 'lazy' | 'eager'
  className?: string
}) {
  const variants = variantsOf(image)
  const srcset = (format: string) =>
    variants
      .filter((v) => v.format === format)
      .map((v) => `/img/${v.file} ${v.width}w`)
      .join(', ')
  return (
    <picture className={className}>
      {FORMATS.map((format) => (
        <source key={format} type={`image/${format}`} srcSet={srcset(format)} sizes={sizes} />
      ))}
      <img
        src={`/img/${shareVariantOf(image).file}`}
        alt={image.alt}
        width={image.width}
        height={image.height}
        loading={loading}
        decoding="async"
      />
    </picture>
  )
}
