import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`points_boards\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`_points_boards_v\` ADD \`version_title\` text;`)
  // Boards saved before: their title as the hook writes it (清溪村2026年11月积分红黑榜), month in China time.
  await db.run(sql`UPDATE \`points_boards\` SET \`title\` =
    (SELECT \`name\` FROM \`villages\` WHERE \`villages\`.\`id\` = \`points_boards\`.\`village_id\`)
    || CAST(strftime('%Y', \`month\`, '+8 hours') AS INTEGER) || '年'
    || CAST(strftime('%m', \`month\`, '+8 hours') AS INTEGER) || '月积分红黑榜'
    WHERE \`month\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`_points_boards_v\` SET \`version_title\` =
    (SELECT \`name\` FROM \`villages\` WHERE \`villages\`.\`id\` = \`_points_boards_v\`.\`version_village_id\`)
    || CAST(strftime('%Y', \`version_month\`, '+8 hours') AS INTEGER) || '年'
    || CAST(strftime('%m', \`version_month\`, '+8 hours') AS INTEGER) || '月积分红黑榜'
    WHERE \`version_month\` IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`points_boards\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`_points_boards_v\` DROP COLUMN \`version_title\`;`)
}
