import path from 'node:path'

import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { authenticated, staffOrPublishedAttachments, townshipEditors } from '../../access'
import { refuseUpload } from '../Media'
import { label } from '../../fields/labels'
import { dataDir } from '../../paths'

/**
 * Every upload is a PDF by its first bytes, not only by its name or the browser's word: a notice's
 * attachment is downloaded by residents, so an HTML page or a program renamed .pdf is refused.
 */
const onlyPdf: CollectionBeforeOperationHook = ({ args, operation }) => {
  const file = args.req?.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  if (!file.data?.length) refuseUpload('上传的文件是空的，请重新选择。')
  if (file.data.subarray(0, 5).toString('latin1') !== '%PDF-')
    refuseUpload('附件只能是 PDF 文件；这个文件不是 PDF。请在 WPS 或 Word 中“另存为 PDF”后再上传。')
  // As Payload's own check (validatePDF) has it, said in Chinese: a whole PDF ends with its index.
  const end = file.data.subarray(-1024).toString('latin1')
  if (!end.includes('%%EOF') || !end.includes('xref'))
    refuseUpload('这个 PDF 文件不完整或已损坏（可能没有下载完）。请重新导出 PDF 后再上传。')
  return args
}

/** 附件: PDFs a notice offers for download (the signed notice, a form to fill in). */
export const Attachments: CollectionConfig = {
  slug: 'attachments',
  labels: { singular: label('附件', 'Attachment'), plural: label('附件库', 'Attachments') },
  admin: {
    group: label('素材', 'Assets'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'updatedAt'],
  },
  access: {
    read: staffOrPublishedAttachments,
    create: authenticated,
    update: townshipEditors,
    delete: townshipEditors,
  },
  hooks: { beforeOperation: [onlyPdf] },
  upload: {
    staticDir: path.join(dataDir(), 'files'),
    mimeTypes: ['application/pdf'],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: label('附件名称', 'Title'),
      admin: {
        description: label('读者看到的下载链接文字，如“停水通知（盖章版）”。', 'The download link text.'),
      },
    },
  ],
}
