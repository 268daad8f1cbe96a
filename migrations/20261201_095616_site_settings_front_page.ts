import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`front_page_id\` integer REFERENCES articles(id);`)
  await db.run(sql`CREATE INDEX \`site_settings_front_page_idx\` ON \`site_settings\` (\`front_page_id\`);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_front_page_id\` integer REFERENCES articles(id);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_front_page_idx\` ON \`_site_settings_v\` (\`version_front_page_id\`);`)
  // A site that already has the guide keeps it at /: before this setting, the site found it by this slug.
  await db.run(sql`UPDATE \`site_settings\` SET \`front_page_id\` = (SELECT \`_parent_id\` FROM \`articles_locales\` WHERE \`_locale\` = 'nb' AND \`slug\` = 'slik-kommer-du-i-gang-med-videokonsultasjon' LIMIT 1) WHERE \`front_page_id\` IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`vendor_contact_email\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "vendor_contact_email", "updated_at", "created_at") SELECT "id", "vendor_contact_email", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_vendor_contact_email\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new__site_settings_v\`("id", "version_vendor_contact_email", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "version_vendor_contact_email", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_site_settings_v\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__site_settings_v\` RENAME TO \`_site_settings_v\`;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
}
