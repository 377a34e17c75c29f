import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`role_models_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`role_models\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`role_models_review_history_order_idx\` ON \`role_models_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`role_models_review_history_parent_id_idx\` ON \`role_models_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`role_models_review_history_by_idx\` ON \`role_models_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_role_models_v_version_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_role_models_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_review_history_order_idx\` ON \`_role_models_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_review_history_parent_id_idx\` ON \`_role_models_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_review_history_by_idx\` ON \`_role_models_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`lecture_series_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lecture_series\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lecture_series_review_history_order_idx\` ON \`lecture_series_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`lecture_series_review_history_parent_id_idx\` ON \`lecture_series_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`lecture_series_review_history_by_idx\` ON \`lecture_series_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_lecture_series_v_version_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lecture_series_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lecture_series_v_version_review_history_order_idx\` ON \`_lecture_series_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_series_v_version_review_history_parent_id_idx\` ON \`_lecture_series_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_series_v_version_review_history_by_idx\` ON \`_lecture_series_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`lecture_sessions_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lecture_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lecture_sessions_review_history_order_idx\` ON \`lecture_sessions_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`lecture_sessions_review_history_parent_id_idx\` ON \`lecture_sessions_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`lecture_sessions_review_history_by_idx\` ON \`lecture_sessions_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_lecture_sessions_v_version_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lecture_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_version_review_history_order_idx\` ON \`_lecture_sessions_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_version_review_history_parent_id_idx\` ON \`_lecture_sessions_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_version_review_history_by_idx\` ON \`_lecture_sessions_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_explainers_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_explainers_review_history_order_idx\` ON \`policy_explainers_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policy_explainers_review_history_parent_id_idx\` ON \`policy_explainers_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_explainers_review_history_by_idx\` ON \`policy_explainers_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_explainers_v_version_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_explainers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_review_history_order_idx\` ON \`_policy_explainers_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_review_history_parent_id_idx\` ON \`_policy_explainers_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_review_history_by_idx\` ON \`_policy_explainers_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`village_rules_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`village_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`village_rules_review_history_order_idx\` ON \`village_rules_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`village_rules_review_history_parent_id_idx\` ON \`village_rules_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`village_rules_review_history_by_idx\` ON \`village_rules_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_village_rules_v_version_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_village_rules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_review_history_order_idx\` ON \`_village_rules_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_review_history_parent_id_idx\` ON \`_village_rules_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_review_history_by_idx\` ON \`_village_rules_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_flagged_words\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`word\` text NOT NULL,
  	\`hint\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_flagged_words_order_idx\` ON \`site_settings_flagged_words\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_flagged_words_parent_id_idx\` ON \`site_settings_flagged_words\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`role_models\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`role_models\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`role_models\` ADD \`flagged_words_check\` text;`)
  await db.run(sql`CREATE INDEX \`role_models_review_state_idx\` ON \`role_models\` (\`review_state\`);`)
  await db.run(sql`ALTER TABLE \`_role_models_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_role_models_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_role_models_v\` ADD \`version_flagged_words_check\` text;`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version_review_state_idx\` ON \`_role_models_v\` (\`version_review_state\`);`)
  await db.run(sql`ALTER TABLE \`lecture_series\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`lecture_series\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`lecture_series\` ADD \`flagged_words_check\` text;`)
  await db.run(sql`CREATE INDEX \`lecture_series_review_state_idx\` ON \`lecture_series\` (\`review_state\`);`)
  await db.run(sql`ALTER TABLE \`_lecture_series_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_lecture_series_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_lecture_series_v\` ADD \`version_flagged_words_check\` text;`)
  await db.run(sql`CREATE INDEX \`_lecture_series_v_version_version_review_state_idx\` ON \`_lecture_series_v\` (\`version_review_state\`);`)
  await db.run(sql`ALTER TABLE \`lecture_sessions\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`lecture_sessions\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`lecture_sessions\` ADD \`flagged_words_check\` text;`)
  await db.run(sql`CREATE INDEX \`lecture_sessions_review_state_idx\` ON \`lecture_sessions\` (\`review_state\`);`)
  await db.run(sql`ALTER TABLE \`_lecture_sessions_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_lecture_sessions_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_lecture_sessions_v\` ADD \`version_flagged_words_check\` text;`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_version_version_review_state_idx\` ON \`_lecture_sessions_v\` (\`version_review_state\`);`)
  await db.run(sql`ALTER TABLE \`policy_explainers\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`policy_explainers\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`policy_explainers\` ADD \`flagged_words_check\` text;`)
  await db.run(sql`CREATE INDEX \`policy_explainers_review_state_idx\` ON \`policy_explainers\` (\`review_state\`);`)
  await db.run(sql`ALTER TABLE \`_policy_explainers_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_policy_explainers_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_explainers_v\` ADD \`version_flagged_words_check\` text;`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_version_review_state_idx\` ON \`_policy_explainers_v\` (\`version_review_state\`);`)
  await db.run(sql`ALTER TABLE \`village_rules\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`village_rules\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`village_rules\` ADD \`flagged_words_check\` text;`)
  await db.run(sql`CREATE INDEX \`village_rules_review_state_idx\` ON \`village_rules\` (\`review_state\`);`)
  await db.run(sql`ALTER TABLE \`_village_rules_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_village_rules_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_village_rules_v\` ADD \`version_flagged_words_check\` text;`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_version_review_state_idx\` ON \`_village_rules_v\` (\`version_review_state\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`role_models_review_history\`;`)
  await db.run(sql`DROP TABLE \`_role_models_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`lecture_series_review_history\`;`)
  await db.run(sql`DROP TABLE \`_lecture_series_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`lecture_sessions_review_history\`;`)
  await db.run(sql`DROP TABLE \`_lecture_sessions_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`policy_explainers_review_history\`;`)
  await db.run(sql`DROP TABLE \`_policy_explainers_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`village_rules_review_history\`;`)
  await db.run(sql`DROP TABLE \`_village_rules_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`site_settings_flagged_words\`;`)
  await db.run(sql`DROP INDEX \`role_models_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`role_models\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`role_models\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`role_models\` DROP COLUMN \`flagged_words_check\`;`)
  await db.run(sql`DROP INDEX \`_role_models_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_role_models_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_role_models_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_role_models_v\` DROP COLUMN \`version_flagged_words_check\`;`)
  await db.run(sql`DROP INDEX \`lecture_series_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`lecture_series\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`lecture_series\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`lecture_series\` DROP COLUMN \`flagged_words_check\`;`)
  await db.run(sql`DROP INDEX \`_lecture_series_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_lecture_series_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_lecture_series_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_lecture_series_v\` DROP COLUMN \`version_flagged_words_check\`;`)
  await db.run(sql`DROP INDEX \`lecture_sessions_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`lecture_sessions\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`lecture_sessions\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`lecture_sessions\` DROP COLUMN \`flagged_words_check\`;`)
  await db.run(sql`DROP INDEX \`_lecture_sessions_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_lecture_sessions_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_lecture_sessions_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_lecture_sessions_v\` DROP COLUMN \`version_flagged_words_check\`;`)
  await db.run(sql`DROP INDEX \`policy_explainers_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`policy_explainers\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`policy_explainers\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`policy_explainers\` DROP COLUMN \`flagged_words_check\`;`)
  await db.run(sql`DROP INDEX \`_policy_explainers_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_policy_explainers_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_policy_explainers_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_policy_explainers_v\` DROP COLUMN \`version_flagged_words_check\`;`)
  await db.run(sql`DROP INDEX \`village_rules_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`village_rules\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`village_rules\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`village_rules\` DROP COLUMN \`flagged_words_check\`;`)
  await db.run(sql`DROP INDEX \`_village_rules_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_village_rules_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_village_rules_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_village_rules_v\` DROP COLUMN \`version_flagged_words_check\`;`)
}
