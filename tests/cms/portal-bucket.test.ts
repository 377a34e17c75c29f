/**
 * The built portal pushed to an S3-compatible bucket behind a CDN (XIANGFENG_PORTAL_BUCKET): here
 * s3rver, the S3 HTTP API on a local port. The demo portal, then a publish through the pipeline.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { pushPortal } from '@xiangfeng/cms/publish/portalBucket'
import { buildSite, liveSiteDir } from '@xiangfeng/cms/publish/pipeline'
import { s3ClientConfig } from '@xiangfeng/cms/storage'
import { startCms } from '../helpers/payload'
import { startS3 } from '../helpers/s3'
import { demoSite, filesUnder } from '../helpers/site'

const BUCKET = 'xiangfeng-portal'
let server: { close: () => Promise<void> }
let work: string
let s3: S3Client

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-portal-bucket-'))
  server = await startS3(BUCKET, path.join(work, 'buckets'))
  s3 = new S3Client(s3ClientConfig())
})
afterAll(async () => {
  await server?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

async function keys() {
  const found: string[] = []
  let token: string | undefined
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, ContinuationToken: token }))
    found.push(...(page.Contents ?? []).map((o) => o.Key!))
    token = page.NextContinuationToken
  } while (token)
  return found.sort()
}
const object = async (key: string) => {
  const got = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  return Buffer.from(await got.Body!.transformToByteArray())
}
/** The files a bucket gets: the build's, without its compressed copies (the CDN compresses). */
const relativeFiles = (dir: string) =>
  filesUnder(dir)
    .map((f) => path.relative(dir, f).split(path.sep).join('/'))
    .filter((f) => !/\.(br|gz)$/.test(f))
    .sort()

describe('pushing a build', () => {
  let copy: string

  beforeAll(() => {
    copy = path.join(work, 'portal')
    fs.cpSync(demoSite().dist, copy, { recursive: true })
  })

  test('the bucket holds every file of the build, with the portal server’s types and caching, pages after the files they name', async () => {
    const order: string[] = []
    const client = new S3Client(s3ClientConfig())
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'PutObjectCommand') order.push((args.input as { Key: string }).Key)
        return next(args)
      },
      { step: 'initialize' },
    )
    const pushed = await pushPortal(copy, BUCKET, client)
    const files = relativeFiles(copy)
    expect(pushed).toEqual({ files: files.length, uploaded: files.length, deleted: 0 })
    expect(await keys()).toEqual(files)
    expect(await object('index.html')).toEqual(fs.readFileSync(path.join(copy, 'index.html')))

    const head = (key: string) => s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))
    const page = await head('role-models/qing-xi-cun/zhang-jian-min/index.html')
    expect(page.ContentType).toBe('text/html; charset=utf-8')
    expect(page.CacheControl).toBe('no-cache')
    const css = files.find((f) => f.startsWith('_astro/') && f.endsWith('.css'))!
    expect((await head(css)).ContentType).toBe('text/css; charset=utf-8')
    expect((await head(css)).CacheControl).toBe('public, max-age=31536000, immutable')
    const picture = files.find((f) => f.startsWith('img/') && f.endsWith('.avif'))!
    expect((await head(picture)).ContentType).toBe('image/avif')

    // Every file named by its content is uploaded before the first page.
    const firstPage = order.findIndex((key) => key.endsWith('.html'))
    const lastNamed = order.findLastIndex((key) => /^(_astro|img)\//.test(key))
    expect(lastNamed).toBeGreaterThan(0)
    expect(lastNamed).toBeLessThan(firstPage)
  })

  test('a second push of the same build uploads nothing; a changed page goes up and a removed one comes down', async () => {
    expect(await pushPortal(copy, BUCKET, s3)).toMatchObject({ uploaded: 0, deleted: 0 })
    const changed = path.join(copy, 'policies', 'index.html')
    fs.appendFileSync(changed, '<!-- 新一版 -->')
    const removed = 'role-models/qing-xi-cun/zhang-jian-min/index.html'
    fs.rmSync(path.join(copy, removed))
    expect(await pushPortal(copy, BUCKET, s3)).toMatchObject({ uploaded: 1, deleted: 1 })
    expect(await object('policies/index.html')).toEqual(fs.readFileSync(changed))
    expect(await keys()).not.toContain(removed)
  })
})

test('a publish puts the new build in the bucket; a bucket that cannot be written leaves the build live here, with the reason on its record', async () => {
  const cms = await startCms({ seeded: true })
  try {
    process.env.XIANGFENG_PORTAL_BUCKET = BUCKET
    const built = await buildSite(cms.payload, 'test')
    expect(built.ok).toBe(true)
    const live = fs.realpathSync(liveSiteDir())
    expect(await keys()).toEqual(relativeFiles(live))
    expect(await object('index.html')).toEqual(fs.readFileSync(path.join(live, 'index.html')))

    process.env.XIANGFENG_PORTAL_BUCKET = 'no-such-bucket'
    const second = await buildSite(cms.payload, 'test')
    expect(second.ok).toBe(true)
    expect(fs.realpathSync(liveSiteDir())).toContain(second.buildId)
    const record = (
      await cms.payload.find({ collection: 'site-builds', where: { buildId: { equals: second.buildId } } })
    ).docs[0]
    expect(record.status).toBe('succeeded')
    expect(record.warnings).toContain('推送到对象存储 no-such-bucket 失败，CDN 上仍是之前的版本')
  } finally {
    delete process.env.XIANGFENG_PORTAL_BUCKET
    await cms.close()
  }
}, 120_000)
