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
import { cacheControl, contentType } from './headers.mjs'

/** The bucket the portal is pushed to, if any. */
export const portalBucket = (env = process.env) => env.XIANGFENG_PORTAL_BUCKET?.trim() || undefined

async function filesIn(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
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
  const changed: string[] = []
  for (const key of keys) {
    const md5 = createHash('md5')
      .update(await fs.readFile(path.join(dir, key)))
      .digest('hex')
    // A single-part upload's ETag is the MD5 of its bytes.
    if (remote.get(key) !== `"${md5}"`) changed.push(key)
  }
  const put = async (key: string) => {
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: await fs.readFile(path.join(dir, key)),
        ContentType: contentType(key),
        CacheControl: cacheControl(`/${key}`),
      }),
    )
  }
  const named = (key: string) => cacheControl(`/${key}`) !== 'no-cache'
  await eachAtMost(changed.filter(named), 8, put)
  await eachAtMost(
    changed.filter((key) => !named(key)),
    8,
    put,
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
  return { files: keys.length, uploaded: changed.length, deleted: stale.length }
}
