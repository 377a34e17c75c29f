import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_rels" ADD COLUMN "townships_id" integer;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_townships_fk" FOREIGN KEY ("townships_id") REFERENCES "public"."townships"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_rels_townships_id_idx" ON "users_rels" USING btree ("townships_id");`)
  // Staff who had township roles kept every township (one, before a county install): they keep it.
  await db.execute(sql`INSERT INTO "users_rels" ("order", "parent_id", "path", "townships_id")
    SELECT t."rn", u."id", 'townships', t."id"
    FROM "users" u
    CROSS JOIN (SELECT "id", ROW_NUMBER() OVER (ORDER BY "id") AS "rn" FROM "townships") t
    WHERE EXISTS (
      SELECT 1 FROM "users_roles" r
      WHERE r."parent_id" = u."id" AND r."value" IN ('township-editor', 'township-reviewer', 'leader')
    );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DELETE FROM "users_rels" WHERE "path" = 'townships';
   ALTER TABLE "users_rels" DROP CONSTRAINT "users_rels_townships_fk";
  
  DROP INDEX "users_rels_townships_id_idx";
  ALTER TABLE "users_rels" DROP COLUMN "townships_id";`)
}
