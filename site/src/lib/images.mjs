// Responsive pictures made at build time: AVIF and WebP at a few widths for every picture in the
// snapshot. Variants are named by the source file's content hash and kept in a cache folder, so a
// rebuild encodes only pictures that are new or changed. Pages compute the same names (variantsOf)
// without waiting for the encoder; the integration below makes the files after the pages render.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

import { imageCacheDir, snapshotDir } from './settings'

// Required when used (a dynamic import would go through Vite's module runner, closed by then).
const require = createRequire(import.meta.url)

const WIDTHS = [480, 960, 1440]
export const FORMATS = ['avif', 'webp']
const ENCODE = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 75 },
  jpeg: { quality: 80, mozjpeg: true },
}
/** Share cards (WeChat) want a JPEG; 1200 px is what their largest card shows. */
const SHARE_WIDTH = 1200

const hashes = new Map()
function hashOf(src) {
  let hash = hashes.get(src)
  if (!hash) {
    const bytes = fs.readFileSync(path.join(snapshotDir, 'public', src))
    hash = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16)
    hashes.set(src, hash)
  }
  return hash
}

/** Widths to make for a picture `width` pixels wide: never wider than the original. */
function widthsFor(width) {
  const widths = WIDTHS.filter((w) => w < width)
  return [...widths, Math.min(width, WIDTHS.at(-1))]
}

/**
 * The variants of one snapshot picture ({ src: 'media/x.jpg', width }): file names and widths.
 * @param {{ src: string, width: number }} image
 */
export function variantsOf(image) {
  const hash = hashOf(image.src)
  return widthsFor(image.width).flatMap((width) =>
    FORMATS.map((format) => ({ format, width, file: `${hash}-${width}.${format}` })),
  )
}

/**
 * The picture a share card shows (og:image), and the fallback of every <picture>: one JPEG at
 * most 1200 px wide, encoded here like every variant, so the original upload is never published.
 * @param {{ src: string, width: number }} image
 */
export function shareVariantOf(image) {
  const width = Math.min(image.width, SHARE_WIDTH)
  return { format: 'jpeg', width, file: `${hashOf(image.src)}-${width}.jpg` }
}

/** Every picture object named anywhere in the snapshot. */
function picturesIn(value, found = new Map()) {
  if (Array.isArray(value)) value.forEach((v) => picturesIn(v, found))
  else if (value && typeof value === 'object') {
    if (typeof value.src === 'string' && typeof value.width === 'number' && value.src.startsWith('media/'))
      found.set(value.src, value)
    else Object.values(value).forEach((v) => picturesIn(v, found))
  }
  return found
}

async function encodeMissing(sharp, jobs, cacheDir) {
  let encoded = 0
  // The same picture uploaded twice has one hash, so one file: encode it once.
  const queue = [...new Map(jobs.map((job) => [job.file, job])).values()]
  // Two encoders at a time: libvips already uses threads inside each.
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const target = path.join(cacheDir, job.file)
      if (fs.existsSync(target)) continue
      let data
      try {
        data = await sharp(path.join(snapshotDir, 'public', job.src), { limitInputPixels: 40_000_000 })
          .rotate()
          .resize({ width: job.width, withoutEnlargement: true })
          [job.format](ENCODE[job.format])
          .toBuffer()
      } catch (error) {
        // Editors read this in the build record: name the picture and what to do about it.
        throw new Error(
          `图片 ${job.src} 无法处理，文件可能已损坏，请在媒体库重新上传。Cannot encode ${job.src}: ${error.message}`,
        )
      }
      // Write then rename, so an interrupted build never leaves half a file in the cache.
      const partial = `${target}.${process.pid}.partial`
      await fs.promises.writeFile(partial, data)
      await fs.promises.rename(partial, target)
      encoded++
    }
  }
  await Promise.all([worker(), worker()])
  return encoded
}

async function linkOrCopy(from, to) {
  try {
    await fs.promises.link(from, to)
  } catch (error) {
    if (error.code === 'EEXIST') return
    await fs.promises.copyFile(from, to)
  }
}

/** Astro integration: after the pages are written, put every variant they name into `img/`. */
export function responsiveImages() {
  return {
    name: 'xiangfeng:responsive-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const snapshot = JSON.parse(fs.readFileSync(path.join(snapshotDir, 'snapshot.json'), 'utf8'))
        const jobs = [...picturesIn(snapshot).values()].flatMap((image) =>
          [...variantsOf(image), shareVariantOf(image)].map((v) => ({ ...v, src: image.src })),
        )
        const cacheDir = imageCacheDir
        await fs.promises.mkdir(cacheDir, { recursive: true })
        const started = Date.now()
        // Loaded here, not with the pages that name variants: the encoder's memory is not the pages'.
        const sharp = require('sharp')
        const encoded = await encodeMissing(sharp, jobs, cacheDir)
        const outDir = path.join(fileURLToPath(dir), 'img')
        await fs.promises.mkdir(outDir, { recursive: true })
        await Promise.all(
          jobs.map((job) => linkOrCopy(path.join(cacheDir, job.file), path.join(outDir, job.file))),
        )
        logger.info(
          `${jobs.length} picture variants, ${encoded} encoded, ${jobs.length - encoded} from the cache ` +
            `(${Date.now() - started} ms, ${os.availableParallelism()} cores)`,
        )
      },
    },
  }
}
