import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { slugify } from '../fields/slug'

type Db = MigrateUpArgs['db']

/**
 * A role model's batch was free text; it is now a selection batch. Each distinct text becomes a
 * draft batch of that title in the role model's township (a draft: it has not been reviewed), and
 * every role model and version that named it points at it, so no batch an editor typed is lost.
 */
async function batchesFromText(db: Db) {
  const named = await db.all<{ batch: string; township: number | null }>(sql`
    SELECT DISTINCT batch, township_id AS township FROM role_models WHERE batch IS NOT NULL AND batch <> ''
    UNION
    SELECT DISTINCT version_batch, version_township_id FROM _role_models_v
      WHERE version_batch IS NOT NULL AND version_batch <> ''`)
  const done = new Set<string>()
  for (const { batch, township } of named) {
    if (done.has(batch)) continue
    done.add(batch)
    const now = new Date().toISOString()
    const [{ id }] = await db.all<{ id: number }>(sql`
      INSERT INTO selection_batches (title, slug, township_id, review_state, _status, updated_at, created_at)
      VALUES (${batch}, ${slugify(batch) || `batch-${done.size}`}, ${township}, 'draft', 'draft', ${now}, ${now})
      RETURNING id`)
    await db.run(sql`
      INSERT INTO _selection_batches_v (parent_id, version_title, version_slug, version_township_id,
        version_review_state, version__status, version_updated_at, version_created_at, latest,
        created_at, updated_at)
      VALUES (${id}, ${batch}, ${slugify(batch) || `batch-${done.size}`}, ${township}, 'draft', 'draft',
        ${now}, ${now}, 1, ${now}, ${now})`)
    await db.run(sql`UPDATE role_models SET batch_id = ${id} WHERE batch = ${batch}`)
    await db.run(sql`UPDATE _role_models_v SET version_batch_id = ${id} WHERE version_batch = ${batch}`)
  }
}



export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`selection_batches_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`selection_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`selection_batches_review_history_order_idx\` ON \`selection_batches_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`selection_batches_review_history_parent_id_idx\` ON \`selection_batches_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`selection_batches_review_history_by_idx\` ON \`selection_batches_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`selection_batches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`announced_on\` text,
  	\`issued_by\` text,
  	\`intro\` text,
  	\`notice_starts_on\` text,
  	\`notice_ends_on\` text,
  	\`notice_objections_to\` text,
  	\`slug\` text,
  	\`village_id\` integer,
  	\`township_id\` integer,
  	\`featured_on_kiosk\` integer DEFAULT false,
  	\`published_at\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`publish_at\` text,
  	\`flagged_words_check\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`selection_batches_slug_idx\` ON \`selection_batches\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`selection_batches_village_idx\` ON \`selection_batches\` (\`village_id\`);`)
  await db.run(sql`CREATE INDEX \`selection_batches_township_idx\` ON \`selection_batches\` (\`township_id\`);`)
  await db.run(sql`CREATE INDEX \`selection_batches_published_at_idx\` ON \`selection_batches\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`selection_batches_review_state_idx\` ON \`selection_batches\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`selection_batches_updated_at_idx\` ON \`selection_batches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`selection_batches_created_at_idx\` ON \`selection_batches\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`selection_batches__status_idx\` ON \`selection_batches\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`slug_village_5_idx\` ON \`selection_batches\` (\`slug\`,\`village_id\`);`)
  await db.run(sql`CREATE TABLE \`_selection_batches_v_version_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_selection_batches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_selection_batches_v_version_review_history_order_idx\` ON \`_selection_batches_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_selection_batches_v_version_review_history_parent_id_idx\` ON \`_selection_batches_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_selection_batches_v_version_review_history_by_idx\` ON \`_selection_batches_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_selection_batches_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_announced_on\` text,
  	\`version_issued_by\` text,
  	\`version_intro\` text,
  	\`version_notice_starts_on\` text,
  	\`version_notice_ends_on\` text,
  	\`version_notice_objections_to\` text,
  	\`version_slug\` text,
  	\`version_village_id\` integer,
  	\`version_township_id\` integer,
  	\`version_featured_on_kiosk\` integer DEFAULT false,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`selection_batches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_selection_batches_v_parent_idx\` ON \`_selection_batches_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_selection_batches_v_version_version_slug_idx\` ON \`_selection_batches_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_selection_batches_v_version_version_village_idx\` ON \`_selection_batches_v\` (\`version_village_id\`);`)
  await db.run(sql`CREATE INDEX \`_selection_batches_v_version_version_township_idx\` ON \`_selection_batches_v\` (\`version_township_id\`);`)
  await db.run(sql`CREATE INDEX \`_selection_batches_v_version_version_published_at_idx\` ON \`_selection_batches_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_selection_batches_v_version_version_review_state_idx\` ON \`_selection_batches_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_selection_batches_v_version_version_updated_at_idx\` ON \`_selection_batches_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_selection_batches_v_version_version_created_at_idx\` ON \`_selection_batches_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_selection_batches_v_version_version__status_idx\` ON \`_selection_batches_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_selection_batches_v_created_at_idx\` ON \`_selection_batches_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_selection_batches_v_updated_at_idx\` ON \`_selection_batches_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_selection_batches_v_latest_idx\` ON \`_selection_batches_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_slug_version_village_5_idx\` ON \`_selection_batches_v\` (\`version_slug\`,\`version_village_id\`);`)
  await db.run(sql`ALTER TABLE \`role_models\` ADD \`batch_id\` integer REFERENCES selection_batches(id);`)
  await db.run(sql`CREATE INDEX \`role_models_batch_idx\` ON \`role_models\` (\`batch_id\`);`)
  await db.run(sql`ALTER TABLE \`_role_models_v\` ADD \`version_batch_id\` integer REFERENCES selection_batches(id);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version_batch_idx\` ON \`_role_models_v\` (\`version_batch_id\`);`)
  await batchesFromText(db)
  await db.run(sql`ALTER TABLE \`role_models\` DROP COLUMN \`batch\`;`)
  await db.run(sql`ALTER TABLE \`_role_models_v\` DROP COLUMN \`version_batch\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`selection_batches_id\` integer REFERENCES selection_batches(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_selection_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`selection_batches_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_role_models\` (
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
  	\`review_state\` text DEFAULT 'draft',
  	\`publish_at\` text,
  	\`flagged_words_check\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_role_models\`("id", "subject_type", "category", "name", "summary", "portrait_id", "story", "batch", "contact_phone", "contact_id_number", "contact_address", "consent_scope", "consent_signer", "consent_guardian", "consent_signed_on", "consent_withdrawn_on", "slug", "village_id", "township_id", "featured_on_home", "featured_on_kiosk", "published_at", "review_state", "publish_at", "flagged_words_check", "updated_at", "created_at", "_status") SELECT "id", "subject_type", "category", "name", "summary", "portrait_id", "story", (SELECT title FROM selection_batches WHERE id = batch_id), "contact_phone", "contact_id_number", "contact_address", "consent_scope", "consent_signer", "consent_guardian", "consent_signed_on", "consent_withdrawn_on", "slug", "village_id", "township_id", "featured_on_home", "featured_on_kiosk", "published_at", "review_state", "publish_at", "flagged_words_check", "updated_at", "created_at", "_status" FROM \`role_models\`;`)
  await db.run(sql`DROP TABLE \`role_models\`;`)
  await db.run(sql`ALTER TABLE \`__new_role_models\` RENAME TO \`role_models\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`role_models_portrait_idx\` ON \`role_models\` (\`portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`role_models_slug_idx\` ON \`role_models\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`role_models_village_idx\` ON \`role_models\` (\`village_id\`);`)
  await db.run(sql`CREATE INDEX \`role_models_township_idx\` ON \`role_models\` (\`township_id\`);`)
  await db.run(sql`CREATE INDEX \`role_models_published_at_idx\` ON \`role_models\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`role_models_review_state_idx\` ON \`role_models\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`role_models_updated_at_idx\` ON \`role_models\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`role_models_created_at_idx\` ON \`role_models\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`role_models__status_idx\` ON \`role_models\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`slug_village_idx\` ON \`role_models\` (\`slug\`,\`village_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__role_models_v\` (
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
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_publish_at\` text,
  	\`version_flagged_words_check\` text,
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
  await db.run(sql`INSERT INTO \`__new__role_models_v\`("id", "parent_id", "version_subject_type", "version_category", "version_name", "version_summary", "version_portrait_id", "version_story", "version_batch", "version_contact_phone", "version_contact_id_number", "version_contact_address", "version_consent_scope", "version_consent_signer", "version_consent_guardian", "version_consent_signed_on", "version_consent_withdrawn_on", "version_slug", "version_village_id", "version_township_id", "version_featured_on_home", "version_featured_on_kiosk", "version_published_at", "version_review_state", "version_publish_at", "version_flagged_words_check", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_subject_type", "version_category", "version_name", "version_summary", "version_portrait_id", "version_story", (SELECT title FROM selection_batches WHERE id = version_batch_id), "version_contact_phone", "version_contact_id_number", "version_contact_address", "version_consent_scope", "version_consent_signer", "version_consent_guardian", "version_consent_signed_on", "version_consent_withdrawn_on", "version_slug", "version_village_id", "version_township_id", "version_featured_on_home", "version_featured_on_kiosk", "version_published_at", "version_review_state", "version_publish_at", "version_flagged_words_check", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_role_models_v\`;`)
  await db.run(sql`DROP TABLE \`_role_models_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__role_models_v\` RENAME TO \`_role_models_v\`;`)
  await db.run(sql`CREATE INDEX \`_role_models_v_parent_idx\` ON \`_role_models_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version_portrait_idx\` ON \`_role_models_v\` (\`version_portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version_slug_idx\` ON \`_role_models_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version_village_idx\` ON \`_role_models_v\` (\`version_village_id\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version_township_idx\` ON \`_role_models_v\` (\`version_township_id\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version_published_at_idx\` ON \`_role_models_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version_review_state_idx\` ON \`_role_models_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version_updated_at_idx\` ON \`_role_models_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version_created_at_idx\` ON \`_role_models_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_version_version__status_idx\` ON \`_role_models_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_created_at_idx\` ON \`_role_models_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_updated_at_idx\` ON \`_role_models_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_role_models_v_latest_idx\` ON \`_role_models_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_slug_version_village_idx\` ON \`_role_models_v\` (\`version_slug\`,\`version_village_id\`);`)
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
  	\`screens_id\` integer,
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
  	FOREIGN KEY (\`screens_id\`) REFERENCES \`screens\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "role_models_id", "lecture_series_id", "lecture_sessions_id", "policy_explainers_id", "village_rules_id", "media_id", "townships_id", "villages_id", "users_id", "screens_id", "site_builds_id") SELECT "id", "order", "parent_id", "path", "role_models_id", "lecture_series_id", "lecture_sessions_id", "policy_explainers_id", "village_rules_id", "media_id", "townships_id", "villages_id", "users_id", "screens_id", "site_builds_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_screens_id_idx\` ON \`payload_locked_documents_rels\` (\`screens_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  // Last: the role models above took their batch's title back from these tables.
  await db.run(sql`DROP TABLE \`selection_batches_review_history\`;`)
  await db.run(sql`DROP TABLE \`selection_batches\`;`)
  await db.run(sql`DROP TABLE \`_selection_batches_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`_selection_batches_v\`;`)
}
