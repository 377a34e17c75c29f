import os from 'node:os'
import path from 'node:path'

import { defineConfig } from 'vitest/config'

/** This run's scratch folders; set here too, so that globalSetup (in this process) removes them. */
const scratch = {
  XIANGFENG_DATA_DIR: path.join(os.tmpdir(), `xiangfeng-vitest-${process.pid}`),
  XIANGFENG_TEST_IMAGE_CACHE: path.join(os.tmpdir(), `xiangfeng-test-image-cache-${process.pid}`),
}
Object.assign(process.env, scratch)

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    // Benchmarks run with npm run bench, never as tests.
    exclude: ['**/node_modules/**', 'bench/**'],
    environment: 'node',
    // Anything that reaches for the default data folder gets a scratch one, never the checkout's
    // data/; the demo builds of one run share encoded pictures, and no run reuses another's.
    env: scratch,
    globalSetup: ['helpers/globalSetup.ts'],
    // Each file gets its own process, Payload instance and temporary SQLite file.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
})
