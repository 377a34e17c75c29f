import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`screen_days\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`screen_id\` integer NOT NULL,
  	\`day\` text NOT NULL,
  	\`reports\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`screen_id\`) REFERENCES \`screens\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`screen_days_screen_idx\` ON \`screen_days\` (\`screen_id\`);`)
  await db.run(sql`CREATE INDEX \`screen_days_day_idx\` ON \`screen_days\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`screen_days_updated_at_idx\` ON \`screen_days\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`screen_days_created_at_idx\` ON \`screen_days\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`screen_day_idx\` ON \`screen_days\` (\`screen_id\`,\`day\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`screen_days_id\` integer REFERENCES screen_days(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_screen_days_id_idx\` ON \`payload_locked_documents_rels\` (\`screen_days_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`screen_days\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`role_models_id\` integer,
  	\`lecture_series_id\` integer,
  	\`lecture_sessions_id\` integer,
  	\`policy_explainers_id\` integer,
  	\`village_rules_id\` integer,
  	\`selection_batches_id\` integer,
  	\`media_id\` integer,
  	\`townships_id\` integer,
  	\`villages_id\` integer,
  	\`users_id\` integer,
  	\`screens_id\` integer,
  	\`site_builds_id\` integer,
  	\`imports_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`role_models_id\`) REFERENCES \`role_models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lecture_series_id\`) REFERENCES \`lecture_series\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lecture_sessions_id\`) REFERENCES \`lecture_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_explainers_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`village_rules_id\`) REFERENCES \`village_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`selection_batches_id\`) REFERENCES \`selection_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`townships_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`villages_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`screens_id\`) REFERENCES \`screens\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`imports_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "role_models_id", "lecture_series_id", "lecture_sessions_id", "policy_explainers_id", "village_rules_id", "selection_batches_id", "media_id", "townships_id", "villages_id", "users_id", "screens_id", "site_builds_id", "imports_id") SELECT "id", "order", "parent_id", "path", "role_models_id", "lecture_series_id", "lecture_sessions_id", "policy_explainers_id", "village_rules_id", "selection_batches_id", "media_id", "townships_id", "villages_id", "users_id", "screens_id", "site_builds_id", "imports_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_role_models_id_idx\` ON \`payload_locked_documents_rels\` (\`role_models_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lecture_series_id_idx\` ON \`payload_locked_documents_rels\` (\`lecture_series_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lecture_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`lecture_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_explainers_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_explainers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_village_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`village_rules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_selection_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`selection_batches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_townships_id_idx\` ON \`payload_locked_documents_rels\` (\`townships_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_villages_id_idx\` ON \`payload_locked_documents_rels\` (\`villages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_screens_id_idx\` ON \`payload_locked_documents_rels\` (\`screens_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
}
