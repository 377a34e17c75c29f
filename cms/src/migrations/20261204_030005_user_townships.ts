import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users_rels\` ADD \`townships_id\` integer REFERENCES townships(id);`)
  await db.run(sql`CREATE INDEX \`users_rels_townships_id_idx\` ON \`users_rels\` (\`townships_id\`);`)
  // Staff who had township roles kept every township (one, before a county install): they keep it.
  await db.run(sql`INSERT INTO "users_rels" ("order", "parent_id", "path", "townships_id")
    SELECT t."rn", u."id", 'townships', t."id"
    FROM "users" u
    CROSS JOIN (SELECT "id", ROW_NUMBER() OVER (ORDER BY "id") AS "rn" FROM "townships") t
    WHERE EXISTS (
      SELECT 1 FROM "users_roles" r
      WHERE r."parent_id" = u."id" AND r."value" IN ('township-editor', 'township-reviewer', 'leader')
    );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DELETE FROM \`users_rels\` WHERE \`path\` = 'townships';`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`villages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`villages_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users_rels\`("id", "order", "parent_id", "path", "villages_id") SELECT "id", "order", "parent_id", "path", "villages_id" FROM \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_users_rels\` RENAME TO \`users_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_villages_id_idx\` ON \`users_rels\` (\`villages_id\`);`)
}
