import os from 'node:os'
import path from 'node:path'

import { defineConfig } from 'vitest/config'

/** `npm run bench`: figures printed to the console; nothing here is asserted on time. */
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.test.ts'],
    environment: 'node',
    // Anything that reaches for the default data folder gets a scratch one, never the checkout's data/.
    env: { XIANGFENG_DATA_DIR: path.join(os.tmpdir(), `xiangfeng-vitest-${process.pid}`) },
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 1_800_000,
    hookTimeout: 600_000,
  },
})
