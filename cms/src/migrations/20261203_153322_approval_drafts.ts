import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Edited by hand: the generated copies selected the new columns from the old tables; villages
  // and settings that exist are live, so they come over as published, changed by no one yet.
  await db.run(sql`CREATE TABLE \`villages_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`author_id\` integer,
  	\`approved_by_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`villages_approvals_order_idx\` ON \`villages_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`villages_approvals_parent_id_idx\` ON \`villages_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`villages_approvals_author_idx\` ON \`villages_approvals\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`villages_approvals_approved_by_idx\` ON \`villages_approvals\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_villages_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`author_id\` integer,
  	\`approved_by_id\` integer,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_villages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_villages_v_version_approvals_order_idx\` ON \`_villages_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_villages_v_version_approvals_parent_id_idx\` ON \`_villages_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_villages_v_version_approvals_author_idx\` ON \`_villages_v_version_approvals\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`_villages_v_version_approvals_approved_by_idx\` ON \`_villages_v_version_approvals\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_villages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_township_id\` integer,
  	\`version_intro\` text,
  	\`version_service_centre\` text,
  	\`version_changed_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_villages_v_parent_idx\` ON \`_villages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_villages_v_version_version_slug_idx\` ON \`_villages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_villages_v_version_version_township_idx\` ON \`_villages_v\` (\`version_township_id\`);`)
  await db.run(sql`CREATE INDEX \`_villages_v_version_version_changed_by_idx\` ON \`_villages_v\` (\`version_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_villages_v_version_version_updated_at_idx\` ON \`_villages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_villages_v_version_version_created_at_idx\` ON \`_villages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_villages_v_version_version__status_idx\` ON \`_villages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_villages_v_created_at_idx\` ON \`_villages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_villages_v_updated_at_idx\` ON \`_villages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_villages_v_latest_idx\` ON \`_villages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`author_id\` integer,
  	\`approved_by_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_approvals_order_idx\` ON \`site_settings_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_approvals_parent_id_idx\` ON \`site_settings_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_approvals_author_idx\` ON \`site_settings_approvals\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_approvals_approved_by_idx\` ON \`site_settings_approvals\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_flagged_words\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`word\` text,
  	\`hint\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_flagged_words_order_idx\` ON \`_site_settings_v_version_flagged_words\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_flagged_words_parent_id_idx\` ON \`_site_settings_v_version_flagged_words\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`author_id\` integer,
  	\`approved_by_id\` integer,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_approvals_order_idx\` ON \`_site_settings_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_approvals_parent_id_idx\` ON \`_site_settings_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_approvals_author_idx\` ON \`_site_settings_v_version_approvals\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_approvals_approved_by_idx\` ON \`_site_settings_v_version_approvals\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_site_name\` text DEFAULT '乡风',
  	\`version_icp_number\` text,
  	\`version_public_security_number\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_address\` text,
  	\`version_changed_by_id\` integer,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`version_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_changed_by_idx\` ON \`_site_settings_v\` (\`version_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version__status_idx\` ON \`_site_settings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_latest_idx\` ON \`_site_settings_v\` (\`latest\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_villages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`township_id\` integer,
  	\`intro\` text,
  	\`service_centre\` text,
  	\`changed_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`township_id\`) REFERENCES \`townships\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_villages\`("id", "name", "slug", "township_id", "intro", "service_centre", "changed_by_id", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "township_id", "intro", "service_centre", NULL, "updated_at", "created_at", 'published' FROM \`villages\`;`)
  await db.run(sql`DROP TABLE \`villages\`;`)
  await db.run(sql`ALTER TABLE \`__new_villages\` RENAME TO \`villages\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`villages_slug_idx\` ON \`villages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`villages_township_idx\` ON \`villages\` (\`township_id\`);`)
  await db.run(sql`CREATE INDEX \`villages_changed_by_idx\` ON \`villages\` (\`changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`villages_updated_at_idx\` ON \`villages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`villages_created_at_idx\` ON \`villages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`villages__status_idx\` ON \`villages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_flagged_words\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`word\` text,
  	\`hint\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_flagged_words\`("_order", "_parent_id", "id", "word", "hint") SELECT "_order", "_parent_id", "id", "word", "hint" FROM \`site_settings_flagged_words\`;`)
  await db.run(sql`DROP TABLE \`site_settings_flagged_words\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_flagged_words\` RENAME TO \`site_settings_flagged_words\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_flagged_words_order_idx\` ON \`site_settings_flagged_words\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_flagged_words_parent_id_idx\` ON \`site_settings_flagged_words\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_name\` text DEFAULT '乡风',
  	\`icp_number\` text,
  	\`public_security_number\` text,
  	\`contact_phone\` text,
  	\`contact_address\` text,
  	\`changed_by_id\` integer,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "site_name", "icp_number", "public_security_number", "contact_phone", "contact_address", "changed_by_id", "_status", "updated_at", "created_at") SELECT "id", "site_name", "icp_number", "public_security_number", "contact_phone", "contact_address", NULL, 'published', "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_changed_by_idx\` ON \`site_settings\` (\`changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings__status_idx\` ON \`site_settings\` (\`_status\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`villages_approvals\`;`)
  await db.run(sql`DROP TABLE \`_villages_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_villages_v\`;`)
  await db.run(sql`DROP TABLE \`site_settings_approvals\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_flagged_words\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_villages\` (
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
  await db.run(sql`INSERT INTO \`__new_villages\`("id", "name", "slug", "township_id", "intro", "service_centre", "updated_at", "created_at") SELECT "id", "name", "slug", "township_id", "intro", "service_centre", "updated_at", "created_at" FROM \`villages\`;`)
  await db.run(sql`DROP TABLE \`villages\`;`)
  await db.run(sql`ALTER TABLE \`__new_villages\` RENAME TO \`villages\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`villages_slug_idx\` ON \`villages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`villages_township_idx\` ON \`villages\` (\`township_id\`);`)
  await db.run(sql`CREATE INDEX \`villages_updated_at_idx\` ON \`villages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`villages_created_at_idx\` ON \`villages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
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
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "site_name", "icp_number", "public_security_number", "contact_phone", "contact_address", "updated_at", "created_at") SELECT "id", "site_name", "icp_number", "public_security_number", "contact_phone", "contact_address", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_flagged_words\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`word\` text NOT NULL,
  	\`hint\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_flagged_words\`("_order", "_parent_id", "id", "word", "hint") SELECT "_order", "_parent_id", "id", "word", "hint" FROM \`site_settings_flagged_words\`;`)
  await db.run(sql`DROP TABLE \`site_settings_flagged_words\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_flagged_words\` RENAME TO \`site_settings_flagged_words\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_flagged_words_order_idx\` ON \`site_settings_flagged_words\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_flagged_words_parent_id_idx\` ON \`site_settings_flagged_words\` (\`_parent_id\`);`)
}
