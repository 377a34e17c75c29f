import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`policy_explainers\` ADD \`policy_expires_on\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_explainers_v\` ADD \`version_policy_expires_on\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`policy_explainers\` DROP COLUMN \`policy_expires_on\`;`)
  await db.run(sql`ALTER TABLE \`_policy_explainers_v\` DROP COLUMN \`version_policy_expires_on\`;`)
}
