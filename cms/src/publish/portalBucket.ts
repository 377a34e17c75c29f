/**
 * The built portal in an S3-compatible bucket behind a CDN (XIANGFENG_PORTAL_BUCKET), instead of
 * or beside the local folder: after each build goes live here, the bucket gets the files that
 * changed, with the headers the portal server sends, then loses those the build no longer has.
 * Files named by their content go first, so every page arrives after the files it names.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { DeleteObjectsCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'

import { s3ClientConfig } from '../storage'
import { cacheControl, contentType, isPrecompressed } from './headers.mjs'

/** The bucket the portal is pushed to, if any. */
export const portalBucket = (env = process.env) => env.XIANGFENG_PORTAL_BUCKET?.trim() || undefined

async function filesIn(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  return (
    entries
      // The CDN compresses as it serves: the build's compressed copies stay here.
      .filter((entry) => entry.isFile() && !isPrecompressed(entry.name))
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  )
}

/** A few requests at a time: enough to keep a link busy, few enough for a small service. */
async function eachAtMost<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  const queue = [...items]
  await Promise.all(
    Array.from({ length: Math.min(limit, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item)
    }),
  )
}

/** Make `bucket` hold exactly the build in `dir`. */
export async function pushPortal(dir: string, bucket: string, client = new S3Client(s3ClientConfig())) {
  const remote = new Map<string, string>()
  let token: string | undefined
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }))
    for (const object of page.Contents ?? []) remote.set(object.Key!, object.ETag ?? '')
    token = page.NextContinuationToken
  } while (token)

  const keys = await filesIn(dir)
  let uploaded = 0
  /** Each file read once: uploaded when the bucket's copy differs. */
  const sync = async (key: string) => {
    const body = await fs.readFile(path.join(dir, key))
    // A single-part upload's ETag is the MD5 of its bytes.
    if (remote.get(key) === `"${createHash('md5').update(body).digest('hex')}"`) return
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: body,
        ContentType: contentType(key),
        CacheControl: cacheControl(`/${key}`),
      }),
    )
    uploaded++
  }
  const named = (key: string) => cacheControl(`/${key}`) !== 'no-cache'
  await eachAtMost(keys.filter(named), 8, sync)
  await eachAtMost(
    keys.filter((key) => !named(key)),
    8,
    sync,
  )

  const present = new Set(keys)
  const stale = [...remote.keys()].filter((key) => !present.has(key))
  for (let i = 0; i < stale.length; i += 1000)
    await client.send(
      new DeleteObjectsCommand({
        Bucket: bucket,
        Delete: { Objects: stale.slice(i, i + 1000).map((Key) => ({ Key })) },
      }),
    )
  return { files: keys.length, uploaded, deleted: stale.length }
}
