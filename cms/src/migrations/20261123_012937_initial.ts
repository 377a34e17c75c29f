import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`role_models_honours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`awarded_by\` text,
  	\`awarded_on\` text,
  	\`level\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`role_models\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`role_models_honours_order_idx\` ON \`role_models_honours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`role_models_honours_parent_id_idx\` ON \`role_models_honours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`role_models\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject_type\` text DEFAULT 'person',
  	\`category\` text,
  	\`name\` text,
  	\`summary\` text,
  	\`portrait_id\` integer,
  	\`story\` text,
  	\`batch\` text,
  	\`contact_phone\` text,
  	\`contact_id_number\` text,
  	\`contact_address\` text,
  	\`consent_scope\` text,
  	\`consent_signer\` text,
  	\`consent_guardian\` text,
  	\`consent_signed_on\` text,
  	\`consent_withdrawn_on\` text,
  	\`slug\` text,
  	\`village_id\` integer,
  	\`township_id\` integer,
  	\`featured_on_home\` integer DEFAULT false,
  	\`featured_on_kiosk\` integer DEFAULT false,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`role_models_portrait_idx\` ON \`role_models\` (\`portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`role_models_slug_idx\` ON \`role_models\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`role_models_village_idx\` ON \`role_models\` (\`village_id\`);`)
  await db.run(sql`CREATE INDEX \`role_models_township_idx\` ON \`role_models\` (\`township_id\`);`)
  await db.run(sql`CREATE INDEX \`role_models_published_at_idx\` ON \`role_models\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`role_models_updated_at_idx\` ON \`role_models\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`role_models_created_at_idx\` ON \`role_models\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`role_models__status_idx\` ON \`role_models\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`slug_village_idx\` ON \`role_models\` (\`slug\`,\`village_id\`);`)
  await db.run(sql`CREATE TABLE \`role_models_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`role_models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`role_models_rels_order_idx\` ON \`role_models_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`role_models_rels_parent_idx\` ON \`role_models_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`role_models_rels_path_idx\` ON \`role_models_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`role_models_rels_media_id_idx\` ON \`role_models_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_role_models_v_version_honours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`awarded_by\` text,
  	\`awarded_on\` text,
  	\`level\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_role_models_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_honours_order_idx\` ON \`_role_models_v_version_honours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_honours_parent_id_idx\` ON \`_role_models_v_version_honours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_role_models_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_subject_type\` text DEFAULT 'person',
  	\`version_category\` text,
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`version_portrait_id\` integer,
  	\`version_story\` text,
  	\`version_batch\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_id_number\` text,
  	\`version_contact_address\` text,
  	\`version_consent_scope\` text,
  	\`version_consent_signer\` text,
  	\`version_consent_guardian\` text,
  	\`version_consent_signed_on\` text,
  	\`version_consent_withdrawn_on\` text,
  	\`version_slug\` text,
  	\`version_village_id\` integer,
  	\`version_township_id\` integer,
  	\`version_featured_on_home\` integer DEFAULT false,
  	\`version_featured_on_kiosk\` integer DEFAULT false,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`role_models\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_role_models_v_parent_idx\` ON \`_role_models_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version_portrait_idx\` ON \`_role_models_v\` (\`version_portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version_slug_idx\` ON \`_role_models_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version_village_idx\` ON \`_role_models_v\` (\`version_village_id\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version_township_idx\` ON \`_role_models_v\` (\`version_township_id\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version_published_at_idx\` ON \`_role_models_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version_updated_at_idx\` ON \`_role_models_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version_created_at_idx\` ON \`_role_models_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version__status_idx\` ON \`_role_models_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_created_at_idx\` ON \`_role_models_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_updated_at_idx\` ON \`_role_models_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_latest_idx\` ON \`_role_models_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_slug_version_village_idx\` ON \`_role_models_v\` (\`version_slug\`,\`version_village_id\`);`)
  await db.run(sql`CREATE TABLE \`_role_models_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_role_models_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_role_models_v_rels_order_idx\` ON \`_role_models_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_rels_parent_idx\` ON \`_role_models_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_rels_path_idx\` ON \`_role_models_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_rels_media_id_idx\` ON \`_role_models_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`lecture_series\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`kind\` text,
  	\`slogan\` text,
  	\`organiser\` text,
  	\`description\` text,
  	\`slug\` text,
  	\`village_id\` integer,
  	\`township_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`lecture_series_slug_idx\` ON \`lecture_series\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`lecture_series_village_idx\` ON \`lecture_series\` (\`village_id\`);`)
  await db.run(sql`CREATE INDEX \`lecture_series_township_idx\` ON \`lecture_series\` (\`township_id\`);`)
  await db.run(sql`CREATE INDEX \`lecture_series_published_at_idx\` ON \`lecture_series\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`lecture_series_updated_at_idx\` ON \`lecture_series\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`lecture_series_created_at_idx\` ON \`lecture_series\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`lecture_series__status_idx\` ON \`lecture_series\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`slug_village_1_idx\` ON \`lecture_series\` (\`slug\`,\`village_id\`);`)
  await db.run(sql`CREATE TABLE \`_lecture_series_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_kind\` text,
  	\`version_slogan\` text,
  	\`version_organiser\` text,
  	\`version_description\` text,
  	\`version_slug\` text,
  	\`version_village_id\` integer,
  	\`version_township_id\` integer,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lecture_series\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_lecture_series_v_parent_idx\` ON \`_lecture_series_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_series_v_version_version_slug_idx\` ON \`_lecture_series_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_series_v_version_version_village_idx\` ON \`_lecture_series_v\` (\`version_village_id\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_series_v_version_version_township_idx\` ON \`_lecture_series_v\` (\`version_township_id\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_series_v_version_version_published_at_idx\` ON \`_lecture_series_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_series_v_version_version_updated_at_idx\` ON \`_lecture_series_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_series_v_version_version_created_at_idx\` ON \`_lecture_series_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_series_v_version_version__status_idx\` ON \`_lecture_series_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_series_v_created_at_idx\` ON \`_lecture_series_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_series_v_updated_at_idx\` ON \`_lecture_series_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_series_v_latest_idx\` ON \`_lecture_series_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_slug_version_village_1_idx\` ON \`_lecture_series_v\` (\`version_slug\`,\`version_village_id\`);`)
  await db.run(sql`CREATE TABLE \`lecture_sessions_running_order\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`step\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lecture_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lecture_sessions_running_order_order_idx\` ON \`lecture_sessions_running_order\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`lecture_sessions_running_order_parent_id_idx\` ON \`lecture_sessions_running_order\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`lecture_sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`series_id\` integer,
  	\`speaker_name\` text,
  	\`speaker_unit\` text,
  	\`speaker_title\` text,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`venue\` text,
  	\`status\` text DEFAULT 'planned',
  	\`audience\` text,
  	\`summary\` text,
  	\`sign_up_note\` text,
  	\`recap_text\` text,
  	\`recap_attendance\` numeric,
  	\`slug\` text,
  	\`village_id\` integer,
  	\`township_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`series_id\`) REFERENCES \`lecture_series\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`lecture_sessions_series_idx\` ON \`lecture_sessions\` (\`series_id\`);`)
  await db.run(sql`CREATE INDEX \`lecture_sessions_starts_at_idx\` ON \`lecture_sessions\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`lecture_sessions_slug_idx\` ON \`lecture_sessions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`lecture_sessions_village_idx\` ON \`lecture_sessions\` (\`village_id\`);`)
  await db.run(sql`CREATE INDEX \`lecture_sessions_township_idx\` ON \`lecture_sessions\` (\`township_id\`);`)
  await db.run(sql`CREATE INDEX \`lecture_sessions_published_at_idx\` ON \`lecture_sessions\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`lecture_sessions_updated_at_idx\` ON \`lecture_sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`lecture_sessions_created_at_idx\` ON \`lecture_sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`lecture_sessions__status_idx\` ON \`lecture_sessions\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`slug_village_2_idx\` ON \`lecture_sessions\` (\`slug\`,\`village_id\`);`)
  await db.run(sql`CREATE TABLE \`lecture_sessions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`role_models_id\` integer,
  	\`policy_explainers_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lecture_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`role_models_id\`) REFERENCES \`role_models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_explainers_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lecture_sessions_rels_order_idx\` ON \`lecture_sessions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`lecture_sessions_rels_parent_idx\` ON \`lecture_sessions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`lecture_sessions_rels_path_idx\` ON \`lecture_sessions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`lecture_sessions_rels_role_models_id_idx\` ON \`lecture_sessions_rels\` (\`role_models_id\`);`)
  await db.run(sql`CREATE INDEX \`lecture_sessions_rels_policy_explainers_id_idx\` ON \`lecture_sessions_rels\` (\`policy_explainers_id\`);`)
  await db.run(sql`CREATE INDEX \`lecture_sessions_rels_media_id_idx\` ON \`lecture_sessions_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_lecture_sessions_v_version_running_order\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`step\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lecture_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_version_running_order_order_idx\` ON \`_lecture_sessions_v_version_running_order\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_version_running_order_parent_id_idx\` ON \`_lecture_sessions_v_version_running_order\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_lecture_sessions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_series_id\` integer,
  	\`version_speaker_name\` text,
  	\`version_speaker_unit\` text,
  	\`version_speaker_title\` text,
  	\`version_starts_at\` text,
  	\`version_ends_at\` text,
  	\`version_venue\` text,
  	\`version_status\` text DEFAULT 'planned',
  	\`version_audience\` text,
  	\`version_summary\` text,
  	\`version_sign_up_note\` text,
  	\`version_recap_text\` text,
  	\`version_recap_attendance\` numeric,
  	\`version_slug\` text,
  	\`version_village_id\` integer,
  	\`version_township_id\` integer,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lecture_sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_series_id\`) REFERENCES \`lecture_series\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_parent_idx\` ON \`_lecture_sessions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_version_version_series_idx\` ON \`_lecture_sessions_v\` (\`version_series_id\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_version_version_starts_at_idx\` ON \`_lecture_sessions_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_version_version_slug_idx\` ON \`_lecture_sessions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_version_version_village_idx\` ON \`_lecture_sessions_v\` (\`version_village_id\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_version_version_township_idx\` ON \`_lecture_sessions_v\` (\`version_township_id\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_version_version_published_at_idx\` ON \`_lecture_sessions_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_version_version_updated_at_idx\` ON \`_lecture_sessions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_version_version_created_at_idx\` ON \`_lecture_sessions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_version_version__status_idx\` ON \`_lecture_sessions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_created_at_idx\` ON \`_lecture_sessions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_updated_at_idx\` ON \`_lecture_sessions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_latest_idx\` ON \`_lecture_sessions_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_slug_version_village_2_idx\` ON \`_lecture_sessions_v\` (\`version_slug\`,\`version_village_id\`);`)
  await db.run(sql`CREATE TABLE \`_lecture_sessions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`role_models_id\` integer,
  	\`policy_explainers_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_lecture_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`role_models_id\`) REFERENCES \`role_models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_explainers_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_rels_order_idx\` ON \`_lecture_sessions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_rels_parent_idx\` ON \`_lecture_sessions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_rels_path_idx\` ON \`_lecture_sessions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_rels_role_models_id_idx\` ON \`_lecture_sessions_v_rels\` (\`role_models_id\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_rels_policy_explainers_id_idx\` ON \`_lecture_sessions_v_rels\` (\`policy_explainers_id\`);`)
  await db.run(sql`CREATE INDEX \`_lecture_sessions_v_rels_media_id_idx\` ON \`_lecture_sessions_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_explainers_forms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_explainers_forms_order_idx\` ON \`policy_explainers_forms\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policy_explainers_forms_parent_idx\` ON \`policy_explainers_forms\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_explainers_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_explainers_topics_order_idx\` ON \`policy_explainers_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policy_explainers_topics_parent_idx\` ON \`policy_explainers_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_explainers_key_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_explainers_key_points_order_idx\` ON \`policy_explainers_key_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policy_explainers_key_points_parent_id_idx\` ON \`policy_explainers_key_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_explainers_qa\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_explainers_qa_order_idx\` ON \`policy_explainers_qa\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policy_explainers_qa_parent_id_idx\` ON \`policy_explainers_qa\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_explainers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`policy_title\` text,
  	\`policy_document_number\` text,
  	\`policy_issuing_body\` text,
  	\`policy_issued_on\` text,
  	\`policy_effective_on\` text,
  	\`policy_validity\` text DEFAULT 'current',
  	\`policy_index_number\` text,
  	\`policy_original_url\` text,
  	\`origin\` text DEFAULT 'original',
  	\`reprint_source\` text,
  	\`background\` text,
  	\`main_content\` text,
  	\`applies_to\` text,
  	\`changes\` text,
  	\`how_to_act_office\` text,
  	\`how_to_act_conditions\` text,
  	\`how_to_act_materials\` text,
  	\`how_to_act_steps\` text,
  	\`how_to_act_deadline\` text,
  	\`graphic_id\` integer,
  	\`superseded_by_id\` integer,
  	\`slug\` text,
  	\`village_id\` integer,
  	\`township_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`graphic_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`superseded_by_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_explainers_graphic_idx\` ON \`policy_explainers\` (\`graphic_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_explainers_superseded_by_idx\` ON \`policy_explainers\` (\`superseded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_explainers_slug_idx\` ON \`policy_explainers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`policy_explainers_village_idx\` ON \`policy_explainers\` (\`village_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_explainers_township_idx\` ON \`policy_explainers\` (\`township_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_explainers_published_at_idx\` ON \`policy_explainers\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_explainers_updated_at_idx\` ON \`policy_explainers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_explainers_created_at_idx\` ON \`policy_explainers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_explainers__status_idx\` ON \`policy_explainers\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`slug_village_3_idx\` ON \`policy_explainers\` (\`slug\`,\`village_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_explainers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`policy_explainers_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_explainers_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_explainers_rels_order_idx\` ON \`policy_explainers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policy_explainers_rels_parent_idx\` ON \`policy_explainers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_explainers_rels_path_idx\` ON \`policy_explainers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`policy_explainers_rels_policy_explainers_id_idx\` ON \`policy_explainers_rels\` (\`policy_explainers_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_explainers_v_version_forms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policy_explainers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_forms_order_idx\` ON \`_policy_explainers_v_version_forms\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_forms_parent_idx\` ON \`_policy_explainers_v_version_forms\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_explainers_v_version_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policy_explainers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_topics_order_idx\` ON \`_policy_explainers_v_version_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_topics_parent_idx\` ON \`_policy_explainers_v_version_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_explainers_v_version_key_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_explainers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_key_points_order_idx\` ON \`_policy_explainers_v_version_key_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_key_points_parent_id_idx\` ON \`_policy_explainers_v_version_key_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_explainers_v_version_qa\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_explainers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_qa_order_idx\` ON \`_policy_explainers_v_version_qa\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_qa_parent_id_idx\` ON \`_policy_explainers_v_version_qa\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_explainers_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_policy_title\` text,
  	\`version_policy_document_number\` text,
  	\`version_policy_issuing_body\` text,
  	\`version_policy_issued_on\` text,
  	\`version_policy_effective_on\` text,
  	\`version_policy_validity\` text DEFAULT 'current',
  	\`version_policy_index_number\` text,
  	\`version_policy_original_url\` text,
  	\`version_origin\` text DEFAULT 'original',
  	\`version_reprint_source\` text,
  	\`version_background\` text,
  	\`version_main_content\` text,
  	\`version_applies_to\` text,
  	\`version_changes\` text,
  	\`version_how_to_act_office\` text,
  	\`version_how_to_act_conditions\` text,
  	\`version_how_to_act_materials\` text,
  	\`version_how_to_act_steps\` text,
  	\`version_how_to_act_deadline\` text,
  	\`version_graphic_id\` integer,
  	\`version_superseded_by_id\` integer,
  	\`version_slug\` text,
  	\`version_village_id\` integer,
  	\`version_township_id\` integer,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_graphic_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_superseded_by_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_parent_idx\` ON \`_policy_explainers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_version_graphic_idx\` ON \`_policy_explainers_v\` (\`version_graphic_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_version_superseded_by_idx\` ON \`_policy_explainers_v\` (\`version_superseded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_version_slug_idx\` ON \`_policy_explainers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_version_village_idx\` ON \`_policy_explainers_v\` (\`version_village_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_version_township_idx\` ON \`_policy_explainers_v\` (\`version_township_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_version_published_at_idx\` ON \`_policy_explainers_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_version_updated_at_idx\` ON \`_policy_explainers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_version_created_at_idx\` ON \`_policy_explainers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_version_version__status_idx\` ON \`_policy_explainers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_created_at_idx\` ON \`_policy_explainers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_updated_at_idx\` ON \`_policy_explainers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_latest_idx\` ON \`_policy_explainers_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_slug_version_village_3_idx\` ON \`_policy_explainers_v\` (\`version_slug\`,\`version_village_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_explainers_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`policy_explainers_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policy_explainers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_explainers_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_rels_order_idx\` ON \`_policy_explainers_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_rels_parent_idx\` ON \`_policy_explainers_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_rels_path_idx\` ON \`_policy_explainers_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_policy_explainers_v_rels_policy_explainers_id_idx\` ON \`_policy_explainers_v_rels\` (\`policy_explainers_id\`);`)
  await db.run(sql`CREATE TABLE \`village_rules_areas\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`village_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`village_rules_areas_order_idx\` ON \`village_rules_areas\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`village_rules_areas_parent_idx\` ON \`village_rules_areas\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`village_rules_chapters_articles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`village_rules_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`village_rules_chapters_articles_order_idx\` ON \`village_rules_chapters_articles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`village_rules_chapters_articles_parent_id_idx\` ON \`village_rules_chapters_articles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`village_rules_chapters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`village_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`village_rules_chapters_order_idx\` ON \`village_rules_chapters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`village_rules_chapters_parent_id_idx\` ON \`village_rules_chapters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`village_rules_adoption_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`village_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`village_rules_adoption_steps_order_idx\` ON \`village_rules_adoption_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`village_rules_adoption_steps_parent_id_idx\` ON \`village_rules_adoption_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`village_rules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`version_label\` text,
  	\`status\` text DEFAULT 'draft',
  	\`preamble\` text,
  	\`short_version\` text,
  	\`vote_meeting_type\` text,
  	\`vote_date\` text,
  	\`vote_eligible\` numeric,
  	\`vote_present\` numeric,
  	\`vote_for\` numeric,
  	\`vote_against\` numeric,
  	\`vote_abstain\` numeric,
  	\`supersedes_id\` integer,
  	\`slug\` text,
  	\`village_id\` integer,
  	\`township_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`supersedes_id\`) REFERENCES \`village_rules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`village_rules_supersedes_idx\` ON \`village_rules\` (\`supersedes_id\`);`)
  await db.run(sql`CREATE INDEX \`village_rules_slug_idx\` ON \`village_rules\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`village_rules_village_idx\` ON \`village_rules\` (\`village_id\`);`)
  await db.run(sql`CREATE INDEX \`village_rules_township_idx\` ON \`village_rules\` (\`township_id\`);`)
  await db.run(sql`CREATE INDEX \`village_rules_published_at_idx\` ON \`village_rules\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`village_rules_updated_at_idx\` ON \`village_rules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`village_rules_created_at_idx\` ON \`village_rules\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`village_rules__status_idx\` ON \`village_rules\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`slug_village_4_idx\` ON \`village_rules\` (\`slug\`,\`village_id\`);`)
  await db.run(sql`CREATE TABLE \`_village_rules_v_version_areas\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_village_rules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_areas_order_idx\` ON \`_village_rules_v_version_areas\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_areas_parent_idx\` ON \`_village_rules_v_version_areas\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_village_rules_v_version_chapters_articles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_village_rules_v_version_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_chapters_articles_order_idx\` ON \`_village_rules_v_version_chapters_articles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_chapters_articles_parent_id_idx\` ON \`_village_rules_v_version_chapters_articles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_village_rules_v_version_chapters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_village_rules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_chapters_order_idx\` ON \`_village_rules_v_version_chapters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_chapters_parent_id_idx\` ON \`_village_rules_v_version_chapters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_village_rules_v_version_adoption_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_village_rules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_adoption_steps_order_idx\` ON \`_village_rules_v_version_adoption_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_adoption_steps_parent_id_idx\` ON \`_village_rules_v_version_adoption_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_village_rules_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_version_label\` text,
  	\`version_status\` text DEFAULT 'draft',
  	\`version_preamble\` text,
  	\`version_short_version\` text,
  	\`version_vote_meeting_type\` text,
  	\`version_vote_date\` text,
  	\`version_vote_eligible\` numeric,
  	\`version_vote_present\` numeric,
  	\`version_vote_for\` numeric,
  	\`version_vote_against\` numeric,
  	\`version_vote_abstain\` numeric,
  	\`version_supersedes_id\` integer,
  	\`version_slug\` text,
  	\`version_village_id\` integer,
  	\`version_township_id\` integer,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`village_rules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_supersedes_id\`) REFERENCES \`village_rules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_village_rules_v_parent_idx\` ON \`_village_rules_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_version_supersedes_idx\` ON \`_village_rules_v\` (\`version_supersedes_id\`);`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_version_slug_idx\` ON \`_village_rules_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_version_village_idx\` ON \`_village_rules_v\` (\`version_village_id\`);`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_version_township_idx\` ON \`_village_rules_v\` (\`version_township_id\`);`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_version_published_at_idx\` ON \`_village_rules_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_version_updated_at_idx\` ON \`_village_rules_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_version_created_at_idx\` ON \`_village_rules_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_version_version__status_idx\` ON \`_village_rules_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_created_at_idx\` ON \`_village_rules_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_updated_at_idx\` ON \`_village_rules_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_village_rules_v_latest_idx\` ON \`_village_rules_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_slug_version_village_4_idx\` ON \`_village_rules_v\` (\`version_slug\`,\`version_village_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE TABLE \`townships\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`intro\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`townships_slug_idx\` ON \`townships\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`townships_updated_at_idx\` ON \`townships\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`townships_created_at_idx\` ON \`townships\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`villages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`township_id\` integer NOT NULL,
  	\`intro\` text,
  	\`service_centre\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`villages_slug_idx\` ON \`villages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`villages_township_idx\` ON \`villages\` (\`township_id\`);`)
  await db.run(sql`CREATE INDEX \`villages_updated_at_idx\` ON \`villages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`villages_created_at_idx\` ON \`villages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`villages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`villages_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_villages_id_idx\` ON \`users_rels\` (\`villages_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`role_models_id\`) REFERENCES \`role_models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lecture_series_id\`) REFERENCES \`lecture_series\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lecture_sessions_id\`) REFERENCES \`lecture_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_explainers_id\`) REFERENCES \`policy_explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`village_rules_id\`) REFERENCES \`village_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`townships_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`villages_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_name\` text DEFAULT '乡风' NOT NULL,
  	\`icp_number\` text,
  	\`public_security_number\` text,
  	\`contact_phone\` text,
  	\`contact_address\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`role_models_honours\`;`)
  await db.run(sql`DROP TABLE \`role_models\`;`)
  await db.run(sql`DROP TABLE \`role_models_rels\`;`)
  await db.run(sql`DROP TABLE \`_role_models_v_version_honours\`;`)
  await db.run(sql`DROP TABLE \`_role_models_v\`;`)
  await db.run(sql`DROP TABLE \`_role_models_v_rels\`;`)
  await db.run(sql`DROP TABLE \`lecture_series\`;`)
  await db.run(sql`DROP TABLE \`_lecture_series_v\`;`)
  await db.run(sql`DROP TABLE \`lecture_sessions_running_order\`;`)
  await db.run(sql`DROP TABLE \`lecture_sessions\`;`)
  await db.run(sql`DROP TABLE \`lecture_sessions_rels\`;`)
  await db.run(sql`DROP TABLE \`_lecture_sessions_v_version_running_order\`;`)
  await db.run(sql`DROP TABLE \`_lecture_sessions_v\`;`)
  await db.run(sql`DROP TABLE \`_lecture_sessions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`policy_explainers_forms\`;`)
  await db.run(sql`DROP TABLE \`policy_explainers_topics\`;`)
  await db.run(sql`DROP TABLE \`policy_explainers_key_points\`;`)
  await db.run(sql`DROP TABLE \`policy_explainers_qa\`;`)
  await db.run(sql`DROP TABLE \`policy_explainers\`;`)
  await db.run(sql`DROP TABLE \`policy_explainers_rels\`;`)
  await db.run(sql`DROP TABLE \`_policy_explainers_v_version_forms\`;`)
  await db.run(sql`DROP TABLE \`_policy_explainers_v_version_topics\`;`)
  await db.run(sql`DROP TABLE \`_policy_explainers_v_version_key_points\`;`)
  await db.run(sql`DROP TABLE \`_policy_explainers_v_version_qa\`;`)
  await db.run(sql`DROP TABLE \`_policy_explainers_v\`;`)
  await db.run(sql`DROP TABLE \`_policy_explainers_v_rels\`;`)
  await db.run(sql`DROP TABLE \`village_rules_areas\`;`)
  await db.run(sql`DROP TABLE \`village_rules_chapters_articles\`;`)
  await db.run(sql`DROP TABLE \`village_rules_chapters\`;`)
  await db.run(sql`DROP TABLE \`village_rules_adoption_steps\`;`)
  await db.run(sql`DROP TABLE \`village_rules\`;`)
  await db.run(sql`DROP TABLE \`_village_rules_v_version_areas\`;`)
  await db.run(sql`DROP TABLE \`_village_rules_v_version_chapters_articles\`;`)
  await db.run(sql`DROP TABLE \`_village_rules_v_version_chapters\`;`)
  await db.run(sql`DROP TABLE \`_village_rules_v_version_adoption_steps\`;`)
  await db.run(sql`DROP TABLE \`_village_rules_v\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`townships\`;`)
  await db.run(sql`DROP TABLE \`villages\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
}
