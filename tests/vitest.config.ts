import os from 'node:os'
import path from 'node:path'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    // Benchmarks run with npm run bench, never as tests.
    exclude: ['**/node_modules/**', 'bench/**'],
    environment: 'node',
    // Anything that reaches for the default data folder gets a scratch one, never the checkout's data/.
    env: { XIANGFENG_DATA_DIR: path.join(os.tmpdir(), `xiangfeng-vitest-${process.pid}`) },
    // Each file gets its own process, Payload instance and temporary SQLite file.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
})
