import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { dataDir, srcDir } from '../paths'

/**
 * DATABASE_URL=mongodb://… selects MongoDB (production); unset or file:… selects the embedded
 * SQLite file under data/. Nothing else in the code may depend on which one runs.
 */
export function databaseAdapter(url = process.env.DATABASE_URL?.trim()): DatabaseAdapterObj {
  if (url && /^mongodb(\+srv)?:\/\//.test(url)) {
    return mongooseAdapter({ url })
  }
  if (url && !url.startsWith('file:')) {
    throw new Error(
      `DATABASE_URL must start with mongodb://, mongodb+srv:// or file: (got "${url.split(':')[0]}:…"). ` +
        '数据库地址 DATABASE_URL 只支持 mongodb:// 或 file: 开头。',
    )
  }
  return sqliteAdapter({
    client: { url: url ?? `file:${path.join(dataDir(), 'xiangfeng.db')}` },
    // Schema changes go through committed migrations, never through dev-mode push.
    push: false,
    // Readers never wait for a writer (the backup's copy, a second process on the same file); a
    // writer waits its turn for up to 5 s instead of failing at once with SQLITE_BUSY.
    wal: true,
    busyTimeout: 5000,
    migrationDir: path.join(srcDir, 'migrations'),
  })
}
