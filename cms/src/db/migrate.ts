import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations'

/**
 * Bring the SQLite schema up to date from the committed migrations on every start, so a new
 * user, the tests and production all run the same schema. MongoDB needs no schema migrations.
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  // Generated migrations type their args for SQLite; Payload's list type is adapter-neutral.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
