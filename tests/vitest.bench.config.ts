import os from 'node:os'
import path from 'node:path'

import { defineConfig } from 'vitest/config'

/** This run's scratch folders; set here too, so that globalSetup (in this process) removes them. */
const scratch = {
  XIANGFENG_DATA_DIR: path.join(os.tmpdir(), `xiangfeng-vitest-${process.pid}`),
  XIANGFENG_TEST_IMAGE_CACHE: path.join(os.tmpdir(), `xiangfeng-test-image-cache-${process.pid}`),
}
Object.assign(process.env, scratch)

/** `npm run bench`: figures printed to the console; nothing here is asserted on time. */
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.test.ts'],
    environment: 'node',
    // Scratch folders of this run only (see helpers/globalSetup.ts): no picture is encoded before it.
    env: scratch,
    globalSetup: ['helpers/globalSetup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 1_800_000,
    hookTimeout: 600_000,
  },
})
