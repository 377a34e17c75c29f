/** The photos officers zip up beside a workbook, found by the file names the sheet gives. */
import path from 'node:path'

import { unzipSync } from 'fflate'

import { halfWidth } from '../fields/text'
import { WorkbookError } from './sheet'

const PICTURE = /\.(jpe?g|png|webp)$/i
/** A phone photo is a few MB; anything far larger is not a photo (or is a zip bomb). */
const MAX_PHOTO_BYTES = 25 * 1024 * 1024
const MAX_TOTAL_BYTES = 600 * 1024 * 1024

export type Photo = { name: string; data: Buffer; mimetype: string }

/** A file name as typed in a cell or stored in a zip: no folder, half-width, lower case. */
export const photoKey = (name: string) =>
  halfWidth(path.posix.basename(name.replace(/\\/g, '/')))
    .normalize('NFC')
    .toLowerCase()
    .trim()
const stem = (key: string) => key.replace(PICTURE, '')

/**
 * Zip entry names from Windows' own "send to compressed folder" are in the system code page (GBK),
 * without the UTF-8 flag: fflate then reads them as Latin-1. Recover the bytes and decode them.
 */
function entryName(name: string) {
  if (!/[\u0080-\u00ff]/.test(name) || /[^\u0000-\u00ff]/.test(name)) return name
  const bytes = Buffer.from(name, 'latin1')
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gbk').decode(bytes)
  }
}

export class PhotoArchive {
  private constructor(private readonly photos: Map<string, Photo>) {}

  static empty = () => new PhotoArchive(new Map())

  static read(zip: Buffer): PhotoArchive {
    const photos = new Map<string, Photo>()
    let total = 0
    let files: Record<string, Uint8Array>
    try {
      files = unzipSync(new Uint8Array(zip), {
        filter: (file) => {
          if (!PICTURE.test(file.name) || file.name.includes('__MACOSX/')) return false
          if (file.originalSize > MAX_PHOTO_BYTES)
            throw new WorkbookError(
              `压缩包里的“${entryName(file.name)}”超过25 MB，不像是照片，请压缩后重新打包。`,
            )
          total += file.originalSize
          if (total > MAX_TOTAL_BYTES) throw new WorkbookError('压缩包解开后超过600 MB，请分批上传。')
          return true
        },
      })
    } catch (error) {
      if (error instanceof WorkbookError) throw error
      throw new WorkbookError('照片压缩包无法打开：请上传 .zip 文件。')
    }
    for (const [raw, data] of Object.entries(files)) {
      const name = path.posix.basename(entryName(raw))
      const ext = name.toLowerCase().match(PICTURE)![1]
      const mimetype = ext === 'png' ? 'image/png' : ext === 'webp' ? 'image/webp' : 'image/jpeg'
      photos.set(photoKey(name), { name, data: Buffer.from(data), mimetype })
    }
    return new PhotoArchive(photos)
  }

  /** The photo a cell names: by full name, or by name without extension ("张建民" finds 张建民.jpg). */
  find(cell: string): Photo | undefined {
    const key = photoKey(cell)
    if (this.photos.has(key)) return this.photos.get(key)
    return [...this.photos.entries()].find(([k]) => stem(k) === stem(key))?.[1]
  }

  get size() {
    return this.photos.size
  }
}

/** Whether a stored picture is the one a cell names: Payload adds "-1" to a file name already taken. */
export const samePhoto = (stored: string | undefined, cell: string) =>
  Boolean(stored) && stem(photoKey(stored!)).replace(/-\d+$/, '') === stem(photoKey(cell))
