import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`vendor_review_email\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reconfirm_months\` numeric DEFAULT 12 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_vendor_review_email\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reconfirm_months\` numeric DEFAULT 12 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`vendor_review_email\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reconfirm_months\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_vendor_review_email\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reconfirm_months\`;`)
}
