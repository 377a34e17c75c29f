/** An S3-compatible service for the tests: s3rver, the S3 HTTP API on a local port, on disk. */
import S3rver from 's3rver'

import { freePort } from './server'

/**
 * s3rver with `bucket` in `directory`, and the XIANGFENG_S3_* variables set to reach it as a
 * county's env file would (s3rver's own keys, MinIO-style path addressing).
 */
export async function startS3(bucket: string, directory: string): Promise<{ close: () => Promise<void> }> {
  const port = await freePort()
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    directory,
    silent: true,
    configureBuckets: [{ name: bucket }],
  })
  await server.run()
  Object.assign(process.env, {
    XIANGFENG_S3_ENDPOINT: `http://127.0.0.1:${port}`,
    XIANGFENG_S3_PATH_STYLE: '1',
    XIANGFENG_S3_ACCESS_KEY_ID: 'S3RVER',
    XIANGFENG_S3_SECRET_ACCESS_KEY: 'S3RVER',
  })
  return server
}
