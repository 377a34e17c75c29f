import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone, isStaff } from '../../access'
import { isAdminOrTownshipEditor } from '../../access/roles'
import { label } from '../../fields/labels'
import { dataDir } from '../../paths'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('图片', 'Image'), plural: label('图片库', 'Images') },
  admin: { group: label('素材', 'Assets'), defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: { read: anyone, create: isStaff, update: isAdminOrTownshipEditor, delete: isAdminOrTownshipEditor },
  upload: {
    staticDir: path.join(dataDir, 'media'),
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
