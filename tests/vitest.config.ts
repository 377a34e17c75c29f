import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    environment: 'node',
    // Each file gets its own process, Payload instance and temporary SQLite file.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
})
