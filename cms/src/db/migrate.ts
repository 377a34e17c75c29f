import fs from 'node:fs'
import path from 'node:path'

import type { Migration, Payload } from 'payload'

import { migrations as sqliteMigrations } from '../migrations'
import { migrations as postgresMigrations } from '../migrations-postgres'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

/** Each SQL database's own committed migrations: SQLite's and PostgreSQL's SQL differ. */
const committed: Record<string, unknown[]> = { sqlite: sqliteMigrations, postgres: postgresMigrations }

/**
 * Bring the SQL schema up to date from the committed migrations on every start, so a new user,
 * the tests and production all run the same schema. MongoDB needs no schema migrations.
 * Outside production, a config whose schema the migrations do not make (a field added without
 * its migration) stops the start here, with what is missing, rather than at the first query.
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  const migrations = committed[payload.db.name]
  if (!migrations) return
  // Generated migrations type their args for their adapter; Payload's list type is adapter-neutral.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  if (process.env.NODE_ENV === 'production') return
  const missing = await schemaChangesWithoutMigration(payload)
  if (missing.length)
    throw new Error(
      `The config's database schema differs from what the committed migrations make (${missing.length} ` +
        `statements, the first: ${missing[0].slice(0, 200)}). Run \`npm run migrate:create -w @xiangfeng/cms -- <name>\` ` +
        '(README) and commit the migration. 数据库结构与迁移文件不一致：请先生成并提交迁移。',
    )
}

/**
 * What `migrate:create` would write now: the statements from the schema after the last committed
 * migration to the schema the config describes. Empty when every change has its migration.
 */
export async function schemaChangesWithoutMigration(payload: Payload): Promise<string[]> {
  const db = payload.db as unknown as {
    migrationDir: string
    schema: unknown
    requireDrizzleKit: () => DrizzleKit
  }
  const latest = fs
    .readdirSync(db.migrationDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .at(-1)
  if (!latest) return []
  const before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest), 'utf8'))
  const kit = db.requireDrizzleKit()
  return kit.generateMigration(before, await kit.generateDrizzleJson(db.schema))
}
