import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`points_boards_red_list\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`household\` text,
  	\`group\` text,
  	\`points\` numeric,
  	\`deeds\` text,
  	\`article\` numeric,
  	\`named\` integer DEFAULT false,
  	\`named_consent_on\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`points_boards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`points_boards_red_list_order_idx\` ON \`points_boards_red_list\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`points_boards_red_list_parent_id_idx\` ON \`points_boards_red_list\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`points_boards_black_list\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`category\` text,
  	\`households\` numeric,
  	\`article\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`points_boards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`points_boards_black_list_order_idx\` ON \`points_boards_black_list\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`points_boards_black_list_parent_id_idx\` ON \`points_boards_black_list\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`points_boards_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`reason\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`points_boards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`points_boards_review_history_order_idx\` ON \`points_boards_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`points_boards_review_history_parent_id_idx\` ON \`points_boards_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`points_boards_review_history_by_idx\` ON \`points_boards_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`points_boards\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`month\` text,
  	\`slug\` text,
  	\`rules_id\` integer,
  	\`intro\` text,
  	\`village_id\` integer,
  	\`township_id\` integer,
  	\`published_at\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`publish_at\` text,
  	\`flagged_words_check\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`rules_id\`) REFERENCES \`village_rules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`points_boards_month_idx\` ON \`points_boards\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`points_boards_slug_idx\` ON \`points_boards\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`points_boards_rules_idx\` ON \`points_boards\` (\`rules_id\`);`)
  await db.run(sql`CREATE INDEX \`points_boards_village_idx\` ON \`points_boards\` (\`village_id\`);`)
  await db.run(sql`CREATE INDEX \`points_boards_township_idx\` ON \`points_boards\` (\`township_id\`);`)
  await db.run(sql`CREATE INDEX \`points_boards_published_at_idx\` ON \`points_boards\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`points_boards_review_state_idx\` ON \`points_boards\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`points_boards_updated_at_idx\` ON \`points_boards\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`points_boards_created_at_idx\` ON \`points_boards\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`points_boards__status_idx\` ON \`points_boards\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`slug_village_8_idx\` ON \`points_boards\` (\`slug\`,\`village_id\`);`)
  await db.run(sql`CREATE TABLE \`_points_boards_v_version_red_list\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`household\` text,
  	\`group\` text,
  	\`points\` numeric,
  	\`deeds\` text,
  	\`article\` numeric,
  	\`named\` integer DEFAULT false,
  	\`named_consent_on\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_points_boards_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_points_boards_v_version_red_list_order_idx\` ON \`_points_boards_v_version_red_list\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_points_boards_v_version_red_list_parent_id_idx\` ON \`_points_boards_v_version_red_list\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_points_boards_v_version_black_list\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`category\` text,
  	\`households\` numeric,
  	\`article\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_points_boards_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_points_boards_v_version_black_list_order_idx\` ON \`_points_boards_v_version_black_list\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_points_boards_v_version_black_list_parent_id_idx\` ON \`_points_boards_v_version_black_list\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_points_boards_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_points_boards_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_points_boards_v_version_review_history_order_idx\` ON \`_points_boards_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_points_boards_v_version_review_history_parent_id_idx\` ON \`_points_boards_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_points_boards_v_version_review_history_by_idx\` ON \`_points_boards_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_points_boards_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_month\` text,
  	\`version_slug\` text,
  	\`version_rules_id\` integer,
  	\`version_intro\` text,
  	\`version_village_id\` integer,
  	\`version_township_id\` integer,
  	\`version_published_at\` text,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_publish_at\` text,
  	\`version_flagged_words_check\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`points_boards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_rules_id\`) REFERENCES \`village_rules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_points_boards_v_parent_idx\` ON \`_points_boards_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_points_boards_v_version_version_month_idx\` ON \`_points_boards_v\` (\`version_month\`);`)
  await db.run(sql`CREATE INDEX \`_points_boards_v_version_version_slug_idx\` ON \`_points_boards_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_points_boards_v_version_version_rules_idx\` ON \`_points_boards_v\` (\`version_rules_id\`);`)
  await db.run(sql`CREATE INDEX \`_points_boards_v_version_version_village_idx\` ON \`_points_boards_v\` (\`version_village_id\`);`)
  await db.run(sql`CREATE INDEX \`_points_boards_v_version_version_township_idx\` ON \`_points_boards_v\` (\`version_township_id\`);`)
  await db.run(sql`CREATE INDEX \`_points_boards_v_version_version_published_at_idx\` ON \`_points_boards_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_points_boards_v_version_version_review_state_idx\` ON \`_points_boards_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_points_boards_v_version_version_updated_at_idx\` ON \`_points_boards_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_points_boards_v_version_version_created_at_idx\` ON \`_points_boards_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_points_boards_v_version_version__status_idx\` ON \`_points_boards_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_points_boards_v_created_at_idx\` ON \`_points_boards_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_points_boards_v_updated_at_idx\` ON \`_points_boards_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_points_boards_v_latest_idx\` ON \`_points_boards_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_slug_version_village_8_idx\` ON \`_points_boards_v\` (\`version_slug\`,\`version_village_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`points_boards_id\` integer REFERENCES points_boards(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_points_boards_id_idx\` ON \`payload_locked_documents_rels\` (\`points_boards_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  	\`notices_id\` integer,
  	\`grids_id\` integer,
  	\`media_id\` integer,
  	\`attachments_id\` integer,
  	\`townships_id\` integer,
  	\`villages_id\` integer,
  	\`users_id\` integer,
  	\`screens_id\` integer,
  	\`site_builds_id\` integer,
  	\`imports_id\` integer,
  	\`screen_days_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`role_models_id\`) REFERENCES \`role_models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lecture_series_id\`) REFERENCES \`lecture_series\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lecture_sessions_id\`) REFERENCES \`lecture_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_explainers_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`village_rules_id\`) REFERENCES \`village_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`selection_batches_id\`) REFERENCES \`selection_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notices_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`grids_id\`) REFERENCES \`grids\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`townships_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`villages_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`screens_id\`) REFERENCES \`screens\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`imports_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`screen_days_id\`) REFERENCES \`screen_days\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "role_models_id", "lecture_series_id", "lecture_sessions_id", "policy_explainers_id", "village_rules_id", "selection_batches_id", "notices_id", "grids_id", "media_id", "attachments_id", "townships_id", "villages_id", "users_id", "screens_id", "site_builds_id", "imports_id", "screen_days_id") SELECT "id", "order", "parent_id", "path", "role_models_id", "lecture_series_id", "lecture_sessions_id", "policy_explainers_id", "village_rules_id", "selection_batches_id", "notices_id", "grids_id", "media_id", "attachments_id", "townships_id", "villages_id", "users_id", "screens_id", "site_builds_id", "imports_id", "screen_days_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_grids_id_idx\` ON \`payload_locked_documents_rels\` (\`grids_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_townships_id_idx\` ON \`payload_locked_documents_rels\` (\`townships_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_villages_id_idx\` ON \`payload_locked_documents_rels\` (\`villages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_screens_id_idx\` ON \`payload_locked_documents_rels\` (\`screens_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_screen_days_id_idx\` ON \`payload_locked_documents_rels\` (\`screen_days_id\`);`)
  // Last: the locked-documents table above referred to these.
  await db.run(sql`DROP TABLE \`points_boards_red_list\`;`)
  await db.run(sql`DROP TABLE \`points_boards_black_list\`;`)
  await db.run(sql`DROP TABLE \`points_boards_review_history\`;`)
  await db.run(sql`DROP TABLE \`points_boards\`;`)
  await db.run(sql`DROP TABLE \`_points_boards_v_version_red_list\`;`)
  await db.run(sql`DROP TABLE \`_points_boards_v_version_black_list\`;`)
  await db.run(sql`DROP TABLE \`_points_boards_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`_points_boards_v\`;`)
}
