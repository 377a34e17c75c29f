/**
 * Uploads in an S3-compatible bucket (XIANGFENG_S3_*), as a county keeps them on Aliyun OSS,
 * Tencent COS or MinIO: here s3rver, the S3 HTTP API on a local port, through Payload's S3 adapter.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { writeSnapshot } from '@xiangfeng/cms/publish/export'
import { s3Settings } from '@xiangfeng/cms/storage'
import { makeVillage, onePagePdf, validDoc } from '../helpers/fixtures'
import { apiClient, makeUser, startCms, type TestCms } from '../helpers/payload'
import { startS3 } from '../helpers/s3'

const BUCKET = 'xiangfeng-uploads'
let server: { close: () => Promise<void> }
let bucketDir: string
let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
let editor: Awaited<ReturnType<typeof makeUser>>
let village: string | number
let s3: S3Client

beforeAll(async () => {
  bucketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-s3-'))
  server = await startS3(BUCKET, bucketDir)
  process.env.XIANGFENG_S3_BUCKET = BUCKET
  s3 = new S3Client(s3Settings()!.config)
  cms = await startCms()
  api = await apiClient(cms.config)
  editor = await makeUser(cms.payload, 'editor@s3.example', ['township-editor'])
  village = await makeVillage(cms.payload)
})
afterAll(async () => {
  await cms?.close()
  await server?.close()
  fs.rmSync(bucketDir, { recursive: true, force: true })
})

const keys = async () =>
  ((await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? []).map((o) => o.Key!).sort()
const objectBytes = async (key: string) =>
  Buffer.from(
    await (await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body!.transformToByteArray(),
  )

/** A phone photo with a GPS position in its EXIF. */
const phonePhoto = () =>
  sharp({ create: { width: 600, height: 400, channels: 3, background: '#3a7' } })
    .jpeg()
    .withMetadata({ exif: { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 15/1 0/1' } } })
    .toBuffer()

const uploadPhoto = async (name: string) => {
  const data = await phonePhoto()
  return cms.payload.create({
    collection: 'media',
    data: { alt: '照片' },
    file: { data, mimetype: 'image/jpeg', name, size: data.length },
    user: editor as never,
    overrideAccess: false,
  })
}

test('a picture and a PDF go to the bucket under media/ and files/, cleaned as on disk, and not to the data folder', async () => {
  const photo = await uploadPhoto('bucket-photo.jpg')
  const pdf = onePagePdf()
  const attachment = await cms.payload.create({
    collection: 'attachments',
    data: { title: '停水通知' },
    file: { data: pdf, mimetype: 'application/pdf', name: 'ting-shui.pdf', size: pdf.length },
  })
  const stored = await keys()
  expect(stored).toContain(`media/${photo.filename}`)
  // Payload's sizes for the admin go along.
  expect(stored.filter((key) => key.startsWith('media/bucket-photo-'))).toHaveLength(2)
  expect(stored).toContain(`files/${attachment.filename}`)
  expect(fs.existsSync(path.join(cms.dataDir, 'media'))).toBe(false)
  expect(fs.existsSync(path.join(cms.dataDir, 'files'))).toBe(false)
  // The EXIF is stripped before the file leaves the CMS.
  expect((await sharp(await objectBytes(`media/${photo.filename}`)).metadata()).exif).toBeUndefined()
  expect(await objectBytes(`files/${attachment.filename}`)).toEqual(pdf)
})

test('the public reads a picture from the bucket only once published content shows it; staff at once', async () => {
  const photo = await uploadPhoto('portrait.jpg')
  const file = `/media/file/${photo.filename}`
  expect((await api.request('GET', file)).status).toBe(403)
  const token = await api.login('editor@s3.example', 'test-password-1')
  const forStaff = await api.request('GET', file, { token })
  expect(forStaff.status).toBe(200)
  expect(Buffer.from(await forStaff.arrayBuffer())).toEqual(await objectBytes(`media/${photo.filename}`))

  await cms.payload.create({
    collection: 'role-models',
    data: {
      ...validDoc('role-models', village, 0, 1),
      portrait: photo.id,
      _status: 'published',
      reviewState: 'published',
    } as never,
    context: { seeding: true },
  })
  const forPublic = await api.request('GET', file)
  expect(forPublic.status).toBe(200)
  expect(Buffer.from(await forPublic.arrayBuffer())).toEqual(await objectBytes(`media/${photo.filename}`))

  // The portal's build reads the snapshot's copy, fetched from the bucket by the export.
  const dir = path.join(cms.dataDir, 'snapshot')
  const { snapshot } = await writeSnapshot(cms.payload, dir)
  const portrait = snapshot.roleModels[0].portrait!
  expect(portrait.src).toBe(`media/${photo.filename}`)
  expect(fs.readFileSync(path.join(dir, 'public', portrait.src))).toEqual(await objectBytes(portrait.src))
})
