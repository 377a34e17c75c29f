import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { databaseOf } from '../defaults.mjs'
import { dataDir, srcDir } from '../paths'

/**
 * DATABASE_URL=postgres://… selects PostgreSQL, mongodb://… MongoDB (the server databases of a
 * county install); unset or file:… selects the embedded SQLite file under data/. Nothing else in
 * the code may depend on which one runs.
 */
export function databaseAdapter(url = process.env.DATABASE_URL): DatabaseAdapterObj {
  const database = databaseOf(dataDir(), { DATABASE_URL: url })
  if (database.kind === 'mongodb') return mongooseAdapter({ url: database.url })
  if (database.kind === 'postgres')
    return postgresAdapter({
      pool: { connectionString: database.url },
      // Schema changes go through committed migrations (their own, PostgreSQL's SQL), never push.
      push: false,
      migrationDir: path.join(srcDir, 'migrations-postgres'),
    })
  return sqliteAdapter({
    client: { url: database.url },
    // Schema changes go through committed migrations, never through dev-mode push.
    push: false,
    // Readers never wait for a writer (the backup's copy, a second process on the same file); a
    // writer waits its turn for up to 5 s instead of failing at once with SQLITE_BUSY.
    wal: true,
    busyTimeout: 5000,
    migrationDir: path.join(srcDir, 'migrations'),
  })
}
