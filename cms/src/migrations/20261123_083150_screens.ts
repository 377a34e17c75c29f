import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`screens_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`weekday\` text NOT NULL,
  	\`on\` text DEFAULT '08:00' NOT NULL,
  	\`off\` text DEFAULT '18:00' NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screens\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`screens_hours_order_idx\` ON \`screens_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`screens_hours_parent_id_idx\` ON \`screens_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`screens_dayparts_sections\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`screens_dayparts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`screens_dayparts_sections_order_idx\` ON \`screens_dayparts_sections\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`screens_dayparts_sections_parent_idx\` ON \`screens_dayparts_sections\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`screens_dayparts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screens\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`screens_dayparts_order_idx\` ON \`screens_dayparts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`screens_dayparts_parent_id_idx\` ON \`screens_dayparts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`screens\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`village_id\` integer NOT NULL,
  	\`township_id\` integer NOT NULL,
  	\`slug\` text,
  	\`orientation\` text DEFAULT 'landscape' NOT NULL,
  	\`slide_seconds\` numeric DEFAULT 12 NOT NULL,
  	\`idle_seconds\` numeric DEFAULT 90 NOT NULL,
  	\`key\` text,
  	\`last_seen_at\` text,
  	\`build_id\` text,
  	\`uptime_seconds\` numeric,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`screens_village_idx\` ON \`screens\` (\`village_id\`);`)
  await db.run(sql`CREATE INDEX \`screens_township_idx\` ON \`screens\` (\`township_id\`);`)
  await db.run(sql`CREATE INDEX \`screens_slug_idx\` ON \`screens\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`screens_updated_at_idx\` ON \`screens\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`screens_created_at_idx\` ON \`screens\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`screens_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`role_models_id\` integer,
  	\`policy_explainers_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`screens\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`role_models_id\`) REFERENCES \`role_models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_explainers_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`screens_rels_order_idx\` ON \`screens_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`screens_rels_parent_idx\` ON \`screens_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`screens_rels_path_idx\` ON \`screens_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`screens_rels_role_models_id_idx\` ON \`screens_rels\` (\`role_models_id\`);`)
  await db.run(sql`CREATE INDEX \`screens_rels_policy_explainers_id_idx\` ON \`screens_rels\` (\`policy_explainers_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`screens_id\` integer REFERENCES screens(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_screens_id_idx\` ON \`payload_locked_documents_rels\` (\`screens_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`screens_hours\`;`)
  await db.run(sql`DROP TABLE \`screens_dayparts_sections\`;`)
  await db.run(sql`DROP TABLE \`screens_dayparts\`;`)
  await db.run(sql`DROP TABLE \`screens\`;`)
  await db.run(sql`DROP TABLE \`screens_rels\`;`)
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
  	\`media_id\` integer,
  	\`townships_id\` integer,
  	\`villages_id\` integer,
  	\`users_id\` integer,
  	\`site_builds_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`role_models_id\`) REFERENCES \`role_models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lecture_series_id\`) REFERENCES \`lecture_series\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lecture_sessions_id\`) REFERENCES \`lecture_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_explainers_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`village_rules_id\`) REFERENCES \`village_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`townships_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`villages_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "role_models_id", "lecture_series_id", "lecture_sessions_id", "policy_explainers_id", "village_rules_id", "media_id", "townships_id", "villages_id", "users_id", "site_builds_id") SELECT "id", "order", "parent_id", "path", "role_models_id", "lecture_series_id", "lecture_sessions_id", "policy_explainers_id", "village_rules_id", "media_id", "townships_id", "villages_id", "users_id", "site_builds_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_townships_id_idx\` ON \`payload_locked_documents_rels\` (\`townships_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_villages_id_idx\` ON \`payload_locked_documents_rels\` (\`villages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
}
