import os from 'node:os'
import path from 'node:path'

import { defineConfig } from 'vitest/config'

import { postgresBinDir } from './helpers/postgres.ts'

/** This run's scratch folders; set here too, so that globalSetup (in this process) removes them. */
const scratch = {
  XIANGFENG_DATA_DIR: path.join(os.tmpdir(), `xiangfeng-vitest-${process.pid}`),
  XIANGFENG_TEST_IMAGE_CACHE: path.join(os.tmpdir(), `xiangfeng-test-image-cache-${process.pid}`),
}
Object.assign(process.env, scratch)

/**
 * The suites whose every path goes through the database adapter: they run a second time on
 * PostgreSQL (project `postgres`, wherever Debian's server is installed, as .ci/run installs it)
 * and, with MONGODB_URL set, a third time on MongoDB (project `mongodb`); each suite on a database
 * of its own, dropped after.
 */
const adapterSuites = [
  'cms/access-matrix.test.ts',
  'cms/admin-permissions.test.ts',
  'cms/backup.test.ts',
  'cms/collections.test.ts',
  'cms/contract-check.test.ts',
  'cms/database.test.ts',
  'cms/public-access.test.ts',
  'cms/screens.test.ts',
  'cms/slug.test.ts',
  'cms/snapshot.test.ts',
  'cms/tenancy.test.ts',
  'cms/two-processes.e2e.test.ts',
  'cms/workflow.test.ts',
]

const common = {
  environment: 'node',
  // Anything that reaches for the default data folder gets a scratch one, never the checkout's
  // data/; the demo builds of one run share encoded pictures, and no run reuses another's.
  env: scratch,
  // Each file gets its own process, Payload instance and temporary database.
  pool: 'forks',
  testTimeout: 60_000,
  hookTimeout: 240_000,
} as const

export default defineConfig({
  test: {
    projects: [
      {
        // Pure modules (mappers, rules, paths, formats, the kiosk loop, the layering): no Payload,
        // no database, no build; `npm run test:fast` runs these alone in seconds.
        extends: false,
        test: { ...common, name: 'fast', include: ['unit/**/*.test.ts'], pool: 'threads' },
      },
      {
        extends: false,
        test: {
          ...common,
          name: 'sqlite',
          include: ['**/*.test.ts'],
          // Benchmarks run with npm run bench, never as tests; the fast ones and PostgreSQL's own are
          // their own projects.
          exclude: ['**/node_modules/**', 'bench/**', 'unit/**', 'postgres/**'],
          // The seeded demo database and the demo portal, made once for the whole run.
          globalSetup: ['helpers/globalSetup.ts'],
        },
      },
      ...(postgresBinDir()
        ? [
            {
              extends: false,
              test: {
                ...common,
                name: 'postgres',
                // And what only a server database has: a replica taking over.
                include: [...adapterSuites, 'postgres/**/*.test.ts'],
                env: { ...scratch, XIANGFENG_TEST_DATABASE: 'postgres' },
                globalSetup: ['helpers/postgresSetup.ts'],
              },
            },
          ]
        : []),
      ...(process.env.MONGODB_URL
        ? [
            {
              extends: false,
              test: {
                ...common,
                name: 'mongodb',
                include: adapterSuites,
                env: { ...scratch, XIANGFENG_TEST_DATABASE: 'mongodb' },
              },
            },
          ]
        : []),
    ],
  },
})
