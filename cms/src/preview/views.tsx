/**
 * The page body and the kiosk slide of a previewed draft, rendered by the portal's own views
 * (@xiangfeng/site/views, one entry per content type): only the picture source differs, since the
 * draft's pictures are not encoded yet and staff may read the uploads.
 */
import type * as contract from '@xiangfeng/content-schema'
import { type KioskSlide, viewOf } from '@xiangfeng/site/views'

import type { Preview } from './records'

/** The uploaded file of a picture, as the CMS serves it to staff. */
const uploadUrl = (image: contract.PublicImage) =>
  `/api/media/file/${encodeURIComponent(image.src.replace(/^media\//, ''))}`

function UploadPicture({
  image,
  loading = 'lazy',
}: {
  image: contract.PublicImage
  loading?: 'lazy' | 'eager'
}) {
  return (
    <img src={uploadUrl(image)} alt={image.alt} width={image.width} height={image.height} loading={loading} />
  )
}

/** The <article> of the portal page the draft will become. */
export function PortalArticle({ preview }: { preview: Preview }) {
  const { Article } = viewOf(preview.type)
  return <Article record={preview.record} snapshot={preview.snapshot} Picture={UploadPicture} />
}

/** The slide the draft will add to its village's kiosk loop (the kiosk's QR leads to its page). */
export const kioskSlideOf = (preview: Preview, siteUrl: string): Promise<KioskSlide> =>
  viewOf(preview.type).slide(preview.record, {
    snapshot: preview.snapshot,
    picture: uploadUrl,
    site: siteUrl,
  })
