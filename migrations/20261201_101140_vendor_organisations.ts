import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`vendor_organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`organisation_number\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`vendor_organisations_organisation_number_idx\` ON \`vendor_organisations\` (\`organisation_number\`);`)
  await db.run(sql`CREATE INDEX \`vendor_organisations_updated_at_idx\` ON \`vendor_organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`vendor_organisations_created_at_idx\` ON \`vendor_organisations\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`vendors\` ADD \`owner_id\` integer REFERENCES vendor_organisations(id);`)
  await db.run(sql`CREATE INDEX \`vendors_owner_idx\` ON \`vendors\` (\`owner_id\`);`)
  // Nothing is lost: every company named on a vendor entry or a vendor account becomes an organisation (with
  // its number where one was given and no other organisation has it) and owns what named it.
  await db.run(sql`INSERT OR IGNORE INTO \`vendor_organisations\` (\`name\`, \`organisation_number\`)
    SELECT TRIM(\`company\`), MAX(NULLIF(\`organisation_number\`, '')) FROM \`vendors\`
    WHERE TRIM(COALESCE(\`company\`, '')) <> '' GROUP BY TRIM(\`company\`);`)
  await db.run(sql`INSERT OR IGNORE INTO \`vendor_organisations\` (\`name\`, \`organisation_number\`)
    SELECT TRIM(\`organisation_name\`), MAX(NULLIF(\`organisation_organisation_number\`, '')) FROM \`users\`
    WHERE TRIM(COALESCE(\`organisation_name\`, '')) <> ''
      AND TRIM(\`organisation_name\`) NOT IN (SELECT \`name\` FROM \`vendor_organisations\`)
    GROUP BY TRIM(\`organisation_name\`);`)
  // A company whose number another organisation already holds is still kept, without the number.
  await db.run(sql`INSERT INTO \`vendor_organisations\` (\`name\`)
    SELECT DISTINCT TRIM(\`company\`) FROM \`vendors\` WHERE TRIM(COALESCE(\`company\`, '')) <> ''
      AND TRIM(\`company\`) NOT IN (SELECT \`name\` FROM \`vendor_organisations\`);`)
  await db.run(sql`INSERT INTO \`vendor_organisations\` (\`name\`)
    SELECT DISTINCT TRIM(\`organisation_name\`) FROM \`users\` WHERE TRIM(COALESCE(\`organisation_name\`, '')) <> ''
      AND TRIM(\`organisation_name\`) NOT IN (SELECT \`name\` FROM \`vendor_organisations\`);`)
  await db.run(sql`UPDATE \`vendors\` SET \`owner_id\` = (SELECT MIN(\`id\`) FROM \`vendor_organisations\` o WHERE o.\`name\` = TRIM(\`vendors\`.\`company\`))
    WHERE TRIM(COALESCE(\`company\`, '')) <> '';`)
  await db.run(sql`ALTER TABLE \`vendors\` DROP COLUMN \`company\`;`)
  await db.run(sql`ALTER TABLE \`vendors\` DROP COLUMN \`organisation_number\`;`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` ADD \`version_owner_id\` integer REFERENCES vendor_organisations(id);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_version_version_owner_idx\` ON \`_vendors_v\` (\`version_owner_id\`);`)
  await db.run(sql`UPDATE \`_vendors_v\` SET \`version_owner_id\` = (SELECT MIN(\`id\`) FROM \`vendor_organisations\` o WHERE o.\`name\` = TRIM(\`_vendors_v\`.\`version_company\`))
    WHERE TRIM(COALESCE(\`version_company\`, '')) <> '';`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` DROP COLUMN \`version_company\`;`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` DROP COLUMN \`version_organisation_number\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`organisation_id\` integer REFERENCES vendor_organisations(id);`)
  await db.run(sql`CREATE INDEX \`users_organisation_idx\` ON \`users\` (\`organisation_id\`);`)
  await db.run(sql`UPDATE \`users\` SET \`organisation_id\` = (SELECT MIN(\`id\`) FROM \`vendor_organisations\` o WHERE o.\`name\` = TRIM(\`users\`.\`organisation_name\`))
    WHERE TRIM(COALESCE(\`organisation_name\`, '')) <> '';`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`organisation_name\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`organisation_organisation_number\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`vendor_organisations_id\` integer REFERENCES vendor_organisations(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_vendor_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`vendor_organisations_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`vendor_organisations\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_vendors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`company\` text,
  	\`organisation_number\` text,
  	\`solution_type\` text,
  	\`website\` text,
  	\`contact_email\` text,
  	\`logo_id\` integer,
  	\`features_browser_based\` integer DEFAULT false,
  	\`features_helsenorge_integration\` integer DEFAULT false,
  	\`features_connected_to_helsenett\` integer DEFAULT false,
  	\`attestations_end_to_end_encryption_status\` text DEFAULT 'unknown',
  	\`attestations_end_to_end_encryption_confirmed_at\` text,
  	\`attestations_participants_identified_status\` text DEFAULT 'unknown',
  	\`attestations_participants_identified_confirmed_at\` text,
  	\`attestations_all_participants_visible_status\` text DEFAULT 'unknown',
  	\`attestations_all_participants_visible_confirmed_at\` text,
  	\`attestations_data_processor_agreement_status\` text DEFAULT 'unknown',
  	\`attestations_data_processor_agreement_confirmed_at\` text,
  	\`attestations_follows_normen_status\` text DEFAULT 'unknown',
  	\`attestations_follows_normen_confirmed_at\` text,
  	\`review_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_vendors\`("id", "name", "slug", "company", "organisation_number", "solution_type", "website", "contact_email", "logo_id", "features_browser_based", "features_helsenorge_integration", "features_connected_to_helsenett", "attestations_end_to_end_encryption_status", "attestations_end_to_end_encryption_confirmed_at", "attestations_participants_identified_status", "attestations_participants_identified_confirmed_at", "attestations_all_participants_visible_status", "attestations_all_participants_visible_confirmed_at", "attestations_data_processor_agreement_status", "attestations_data_processor_agreement_confirmed_at", "attestations_follows_normen_status", "attestations_follows_normen_confirmed_at", "review_note", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "company", "organisation_number", "solution_type", "website", "contact_email", "logo_id", "features_browser_based", "features_helsenorge_integration", "features_connected_to_helsenett", "attestations_end_to_end_encryption_status", "attestations_end_to_end_encryption_confirmed_at", "attestations_participants_identified_status", "attestations_participants_identified_confirmed_at", "attestations_all_participants_visible_status", "attestations_all_participants_visible_confirmed_at", "attestations_data_processor_agreement_status", "attestations_data_processor_agreement_confirmed_at", "attestations_follows_normen_status", "attestations_follows_normen_confirmed_at", "review_note", "updated_at", "created_at", "_status" FROM \`vendors\`;`)
  await db.run(sql`DROP TABLE \`vendors\`;`)
  await db.run(sql`ALTER TABLE \`__new_vendors\` RENAME TO \`vendors\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`vendors_slug_idx\` ON \`vendors\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`vendors_logo_idx\` ON \`vendors\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`vendors_updated_at_idx\` ON \`vendors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`vendors_created_at_idx\` ON \`vendors\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`vendors__status_idx\` ON \`vendors\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__vendors_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_company\` text,
  	\`version_organisation_number\` text,
  	\`version_solution_type\` text,
  	\`version_website\` text,
  	\`version_contact_email\` text,
  	\`version_logo_id\` integer,
  	\`version_features_browser_based\` integer DEFAULT false,
  	\`version_features_helsenorge_integration\` integer DEFAULT false,
  	\`version_features_connected_to_helsenett\` integer DEFAULT false,
  	\`version_attestations_end_to_end_encryption_status\` text DEFAULT 'unknown',
  	\`version_attestations_end_to_end_encryption_confirmed_at\` text,
  	\`version_attestations_participants_identified_status\` text DEFAULT 'unknown',
  	\`version_attestations_participants_identified_confirmed_at\` text,
  	\`version_attestations_all_participants_visible_status\` text DEFAULT 'unknown',
  	\`version_attestations_all_participants_visible_confirmed_at\` text,
  	\`version_attestations_data_processor_agreement_status\` text DEFAULT 'unknown',
  	\`version_attestations_data_processor_agreement_confirmed_at\` text,
  	\`version_attestations_follows_normen_status\` text DEFAULT 'unknown',
  	\`version_attestations_follows_normen_confirmed_at\` text,
  	\`version_review_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`vendors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__vendors_v\`("id", "parent_id", "version_name", "version_slug", "version_company", "version_organisation_number", "version_solution_type", "version_website", "version_contact_email", "version_logo_id", "version_features_browser_based", "version_features_helsenorge_integration", "version_features_connected_to_helsenett", "version_attestations_end_to_end_encryption_status", "version_attestations_end_to_end_encryption_confirmed_at", "version_attestations_participants_identified_status", "version_attestations_participants_identified_confirmed_at", "version_attestations_all_participants_visible_status", "version_attestations_all_participants_visible_confirmed_at", "version_attestations_data_processor_agreement_status", "version_attestations_data_processor_agreement_confirmed_at", "version_attestations_follows_normen_status", "version_attestations_follows_normen_confirmed_at", "version_review_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_company", "version_organisation_number", "version_solution_type", "version_website", "version_contact_email", "version_logo_id", "version_features_browser_based", "version_features_helsenorge_integration", "version_features_connected_to_helsenett", "version_attestations_end_to_end_encryption_status", "version_attestations_end_to_end_encryption_confirmed_at", "version_attestations_participants_identified_status", "version_attestations_participants_identified_confirmed_at", "version_attestations_all_participants_visible_status", "version_attestations_all_participants_visible_confirmed_at", "version_attestations_data_processor_agreement_status", "version_attestations_data_processor_agreement_confirmed_at", "version_attestations_follows_normen_status", "version_attestations_follows_normen_confirmed_at", "version_review_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_vendors_v\`;`)
  await db.run(sql`DROP TABLE \`_vendors_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__vendors_v\` RENAME TO \`_vendors_v\`;`)
  await db.run(sql`CREATE INDEX \`_vendors_v_parent_idx\` ON \`_vendors_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_version_version_slug_idx\` ON \`_vendors_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_version_version_logo_idx\` ON \`_vendors_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_version_version_updated_at_idx\` ON \`_vendors_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_version_version_created_at_idx\` ON \`_vendors_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_version_version__status_idx\` ON \`_vendors_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_created_at_idx\` ON \`_vendors_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_updated_at_idx\` ON \`_vendors_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_snapshot_idx\` ON \`_vendors_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_published_locale_idx\` ON \`_vendors_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_latest_idx\` ON \`_vendors_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`organisation_name\` text,
  	\`organisation_organisation_number\` text,
  	\`credentials_changed_at\` text,
  	\`credentials_changed_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`credentials_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "organisation_name", "organisation_organisation_number", "credentials_changed_at", "credentials_changed_by_id", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "organisation_name", "organisation_organisation_number", "credentials_changed_at", "credentials_changed_by_id", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_credentials_changed_by_idx\` ON \`users\` (\`credentials_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`vendors_id\` integer,
  	\`profession_categories_id\` integer,
  	\`tariffs_id\` integer,
  	\`research_links_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`search_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`vendors_id\`) REFERENCES \`vendors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`profession_categories_id\`) REFERENCES \`profession_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tariffs_id\`) REFERENCES \`tariffs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`research_links_id\`) REFERENCES \`research_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "vendors_id", "profession_categories_id", "tariffs_id", "research_links_id", "media_id", "users_id", "search_id") SELECT "id", "order", "parent_id", "path", "articles_id", "vendors_id", "profession_categories_id", "tariffs_id", "research_links_id", "media_id", "users_id", "search_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_vendors_id_idx\` ON \`payload_locked_documents_rels\` (\`vendors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_profession_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`profession_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tariffs_id_idx\` ON \`payload_locked_documents_rels\` (\`tariffs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_research_links_id_idx\` ON \`payload_locked_documents_rels\` (\`research_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
}
