import path from 'node:path'

import { APIError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'
import sharp from 'sharp'

import { authenticated, staffOrPublishedPictures, townshipEditors } from '../../access'
import { label } from '../../fields/labels'
import { dataDir } from '../../paths'

/** 40 megapixels: more than any phone photo; a bigger image is likely a decompression bomb. */
export const MAX_IMAGE_PIXELS = 40_000_000

/** An upload refused with a 400 whose message, in Chinese, is shown to the editor as it is. */
export const refuseUpload = (message: string): never => {
  throw new APIError(message, 400, undefined, true)
}

/**
 * Every upload, before Payload stores it: refused in Chinese when it is empty, not a JPEG, PNG or
 * WebP picture, or over 40 megapixels (read from the header, before anything decodes it); then
 * stored without its metadata (GPS position, camera serial, time), the EXIF orientation applied.
 */
const cleanUpload: CollectionBeforeOperationHook = async ({ args, operation }) => {
  const file = args.req?.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  if (!file.data?.length) refuseUpload('上传的文件是空的，请重新选择图片。')
  const {
    width = 0,
    height = 0,
    format,
  } = await sharp(file.data)
    .metadata()
    .catch(() => ({ width: 0, height: 0, format: undefined }))
  if (!format || !['jpeg', 'png', 'webp'].includes(format))
    refuseUpload('只能上传 JPG、PNG 或 WebP 格式的图片；这个文件不是，或已经损坏。')
  if (width * height > MAX_IMAGE_PIXELS)
    refuseUpload(`图片像素过大（${width}×${height}），请缩小到4000万像素以内再上传。`)
  // sharp keeps no metadata unless asked; rotate() first turns the picture as its EXIF says.
  file.data = await sharp(file.data, { limitInputPixels: MAX_IMAGE_PIXELS })
    .rotate()
    .keepIccProfile()
    .toBuffer()
  file.size = file.data.length
  return args
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('图片', 'Image'), plural: label('图片库', 'Images') },
  admin: { group: label('素材', 'Assets'), defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: {
    read: staffOrPublishedPictures,
    create: authenticated,
    update: townshipEditors,
    delete: townshipEditors,
  },
  hooks: { beforeOperation: [cleanUpload] },
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
