/**
 * Where uploads live: the data folder (media/, files/), or for a county an S3-compatible bucket
 * (Aliyun OSS, Tencent COS, MinIO) when XIANGFENG_S3_BUCKET is set. In a bucket the keys mirror
 * the folders (media/<file>, files/<file>), and the files are still served through the CMS, so
 * the collections' read rules (a picture is public only once published content shows it) hold.
 */
import { createWriteStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { GetObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { dataDir } from './paths'

/** How to reach the S3-compatible service (XIANGFENG_S3_*), for uploads and for the portal's bucket. */
export const s3ClientConfig = (env = process.env): S3ClientConfig => ({
  endpoint: env.XIANGFENG_S3_ENDPOINT || undefined,
  region: env.XIANGFENG_S3_REGION || 'us-east-1',
  // MinIO wants bucket names in the path; OSS and COS in the host name (the default).
  forcePathStyle: env.XIANGFENG_S3_PATH_STYLE === '1',
  credentials: {
    accessKeyId: env.XIANGFENG_S3_ACCESS_KEY_ID ?? '',
    secretAccessKey: env.XIANGFENG_S3_SECRET_ACCESS_KEY ?? '',
  },
})

/** The uploads' bucket and how to reach it; undefined when uploads stay on disk. */
export function s3Settings(env = process.env): { bucket: string; config: S3ClientConfig } | undefined {
  const bucket = env.XIANGFENG_S3_BUCKET?.trim()
  return bucket ? { bucket, config: s3ClientConfig(env) } : undefined
}

/** The upload collections and their folder (the key prefix in a bucket). */
const UPLOAD_FOLDERS = { media: 'media', attachments: 'files' } as const

/**
 * Payload's S3 adapter for the upload collections, on when a bucket is configured. Its fields
 * (the key prefix) are in the schema either way: one set of migrations for both.
 */
export function uploadStorage(): Plugin[] {
  const s3 = s3Settings()
  return [
    s3Storage({
      enabled: Boolean(s3),
      alwaysInsertFields: true,
      bucket: s3?.bucket ?? '',
      config: s3?.config ?? {},
      collections: Object.fromEntries(
        Object.entries(UPLOAD_FOLDERS).map(([slug, prefix]) => [slug, { prefix }]),
      ) as Record<keyof typeof UPLOAD_FOLDERS, { prefix: string }>,
    }),
  ]
}

let s3Client: S3Client | undefined

/**
 * Copy one upload, named as the snapshot names it (`media/x.jpg`, `files/y.pdf`), to `target`;
 * false when storage has no such file (it was deleted by hand, or lost in a restore).
 */
export async function copyUpload(src: string, target: string): Promise<boolean> {
  const s3 = s3Settings()
  try {
    if (!s3) await fs.copyFile(path.join(dataDir(), src), target)
    else {
      const client = (s3Client ??= new S3Client(s3.config))
      const { Body } = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: src }))
      await pipeline(Body as Readable, createWriteStream(target))
    }
    return true
  } catch (error) {
    const e = error as { code?: string; name?: string }
    if (e.code === 'ENOENT' || e.name === 'NoSuchKey') return false
    throw error
  }
}
