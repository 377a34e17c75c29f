/**
 * Photos as villagers' phones take them: the stored original keeps no GPS position, camera serial
 * or time (its orientation applied), uploads are refused in Chinese when they are empty or not a
 * picture, and the public reads only pictures that published content shows.
 */
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { makeVillage, validDoc } from '../helpers/fixtures'
import { apiClient, makeUser, startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>
let editor: Awaited<ReturnType<typeof makeUser>>
let village: string | number

beforeAll(async () => {
  cms = await startCms()
  api = await apiClient(cms.config)
  editor = await makeUser(cms.payload, 'editor@media.example', ['township-editor'])
  village = await makeVillage(cms.payload)
})
afterAll(async () => cms?.close())

/** A phone photo: 600×400 pixels stored sideways (EXIF orientation 6), with GPS and a camera serial. */
const phonePhoto = () =>
  sharp({ create: { width: 600, height: 400, channels: 3, background: '#c33' } })
    .jpeg()
    .withMetadata({
      orientation: 6,
      exif: {
        IFD0: { Make: 'PhoneMaker', Model: 'X1', Copyright: 'SERIAL-123456' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '30/1 15/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '120/1 10/1 0/1',
        },
      },
    })
    .toBuffer()

const upload = (data: Buffer, name: string, mimetype = 'image/jpeg') =>
  cms.payload.create({
    collection: 'media',
    data: { alt: '照片' },
    file: { data, mimetype, name, size: data.length },
    user: editor as never,
    overrideAccess: false,
  })

describe('uploads', () => {
  test('the stored original keeps no EXIF (GPS, serial, time) and is turned upright', async () => {
    const original = await phonePhoto()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const media = await upload(original, 'phone.jpg')
    const stored = fs.readFileSync(path.join(cms.dataDir, 'media', media.filename!))
    const meta = await sharp(stored).metadata()
    expect(meta.exif).toBeUndefined()
    expect(stored.includes(Buffer.from('SERIAL-123456'))).toBe(false)
    // Orientation 6 means the camera held it sideways: the stored picture is 400 wide, 600 high.
    expect([meta.width, meta.height, meta.orientation]).toEqual([400, 600, undefined])
    expect([media.width, media.height]).toEqual([400, 600])
  })

  test.each([
    ['an empty file', Buffer.alloc(0), 'image/jpeg', '上传的文件是空的'],
    [
      'text sent as a JPEG',
      Buffer.from('<script>alert(1)</script>'),
      'image/jpeg',
      '只能上传 JPG、PNG 或 WebP 格式的图片',
    ],
  ])('%s is refused in Chinese with what to do', async (_, data, mimetype, message) => {
    const error = await upload(data, 'bad.jpg', mimetype).then(
      () => undefined,
      (e: Error & { status?: number }) => e,
    )
    expect(error?.message).toContain(message)
    expect(error?.status).toBe(400)
  })
})

test('an upload over 10 MB is refused by its size with a Chinese 413', async () => {
  const { REST_POST } = await import('@payloadcms/next/routes')
  const token = await api.login('editor@media.example', 'test-password-1')
  const form = new FormData()
  form.append('_payload', JSON.stringify({ alt: '太大' }))
  form.append('file', new Blob([new Uint8Array(11 * 1024 * 1024)], { type: 'image/jpeg' }), 'huge.jpg')
  // The form as bytes first: a streamed body that Payload stops reading at the limit would leave
  // undici enqueueing into a closed stream after the test.
  const encoded = new Response(form)
  const body = new Uint8Array(await encoded.arrayBuffer())
  const response = await REST_POST(cms.config)(
    new Request('http://localhost:3000/api/media', {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'content-type': encoded.headers.get('content-type')! },
      body,
    }),
    { params: Promise.resolve({ slug: ['media'] }) },
  )
  expect(response.status).toBe(413)
  expect(JSON.stringify(await response.json())).toContain('文件超过10 MB，请压缩或缩小图片后再上传')
})

describe('who reads which picture', () => {
  test('the public reads only pictures published content shows; staff read all', async () => {
    const used = await upload(await phonePhoto(), 'used.jpg')
    const unused = await upload(await phonePhoto(), 'unused.jpg')
    const ofDraft = await upload(await phonePhoto(), 'draft.jpg')
    await cms.payload.create({
      collection: 'role-models',
      data: {
        ...validDoc('role-models', village, 0, 1),
        portrait: used.id,
        _status: 'published',
        reviewState: 'published',
      } as never,
      context: { seeding: true },
    })
    await cms.payload.create({
      collection: 'role-models',
      data: { ...validDoc('role-models', village, 0, 2), portrait: ofDraft.id } as never,
      draft: true,
      context: { seeding: true },
    })
    const anonymous = await api.get('/media?limit=100&depth=0')
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.docs.map((d: { id: unknown }) => d.id)).toEqual([used.id])
    expect((await api.get(`/media/${unused.id}`)).status).toBe(404)
    expect((await api.get(`/media/${ofDraft.id}`)).status).toBe(404)
    const token = await api.login('editor@media.example', 'test-password-1')
    const staff = await api.get('/media?limit=100&depth=0', { token })
    expect(staff.body.docs.map((d: { id: unknown }) => d.id)).toEqual(
      expect.arrayContaining([used.id, unused.id, ofDraft.id]),
    )
  })
})
