import path from 'node:path'

import { APIError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'
import sharp from 'sharp'

import { anyone, authenticated, townshipEditors } from '../../access'
import { label } from '../../fields/labels'
import { dataDir } from '../../paths'

/** 40 megapixels: more than any phone photo; a bigger image is likely a decompression bomb. */
export const MAX_IMAGE_PIXELS = 40_000_000

/** Read the image header (no decoding) and refuse oversized images before anything resizes them. */
const refuseHugeImages: CollectionBeforeOperationHook = async ({ args, operation }) => {
  const file = args.req?.file
  if ((operation !== 'create' && operation !== 'update') || !file?.data) return args
  const { width = 0, height = 0 } = await sharp(file.data)
    .metadata()
    .catch(() => ({ width: 0, height: 0 }))
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new APIError(
      `图片像素过大（${width}×${height}），请缩小到4000万像素以内再上传。(Image over ${MAX_IMAGE_PIXELS} pixels.)`,
      400,
      undefined,
      true,
    )
  }
  return args
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('图片', 'Image'), plural: label('图片库', 'Images') },
  admin: { group: label('素材', 'Assets'), defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: { read: anyone, create: authenticated, update: townshipEditors, delete: townshipEditors },
  hooks: { beforeOperation: [refuseHugeImages] },
  upload: {
    staticDir: path.join(dataDir(), 'media'),
    // No SVG: an SVG can carry script.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, position: 'centre' },
      { name: 'card', width: 800, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: label('图片说明（替代文字）', 'Alt text'),
      admin: {
        description: label(
          '为看不见图片的读者描述图片内容，例如“张桂兰在村口为老人理发”。',
          'Describe the picture for readers who cannot see it.',
        ),
      },
    },
    { name: 'caption', type: 'text', label: label('图注', 'Caption') },
  ],
}
