import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { databaseOf } from '../defaults.mjs'
import { dataDir, srcDir } from '../paths'

/**
 * DATABASE_URL=mongodb://… selects MongoDB (production); unset or file:… selects the embedded
 * SQLite file under data/. Nothing else in the code may depend on which one runs.
 */
export function databaseAdapter(url = process.env.DATABASE_URL): DatabaseAdapterObj {
  const database = databaseOf(dataDir(), { DATABASE_URL: url })
  if (database.kind === 'mongodb') return mongooseAdapter({ url: database.url })
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
