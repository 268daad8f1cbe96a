import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`vendor_invitations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`owner_id\` integer NOT NULL,
  	\`token_hash\` text,
  	\`expires_at\` text,
  	\`accepted_at\` text,
  	\`accepted_by_id\` integer,
  	\`invited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`vendor_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`accepted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`invited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`vendor_invitations_email_idx\` ON \`vendor_invitations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`vendor_invitations_owner_idx\` ON \`vendor_invitations\` (\`owner_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`vendor_invitations_token_hash_idx\` ON \`vendor_invitations\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`vendor_invitations_accepted_by_idx\` ON \`vendor_invitations\` (\`accepted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`vendor_invitations_invited_by_idx\` ON \`vendor_invitations\` (\`invited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`vendor_invitations_updated_at_idx\` ON \`vendor_invitations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`vendor_invitations_created_at_idx\` ON \`vendor_invitations\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_state_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_workflow_workflow_state_changed_at_idx\` ON \`articles\` (\`workflow_state_changed_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_state_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_state_chan_idx\` ON \`_articles_v\` (\`version_workflow_state_changed_at\`);`)
  await db.run(sql`ALTER TABLE \`vendors\` ADD \`workflow_state_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`vendors_workflow_workflow_state_changed_at_idx\` ON \`vendors\` (\`workflow_state_changed_at\`);`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` ADD \`version_workflow_state_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_vendors_v_version_workflow_version_workflow_state_chang_idx\` ON \`_vendors_v\` (\`version_workflow_state_changed_at\`);`)
  await db.run(sql`ALTER TABLE \`tariffs\` ADD \`workflow_state_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`tariffs_workflow_workflow_state_changed_at_idx\` ON \`tariffs\` (\`workflow_state_changed_at\`);`)
  await db.run(sql`ALTER TABLE \`_tariffs_v\` ADD \`version_workflow_state_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_tariffs_v_version_workflow_version_workflow_state_chang_idx\` ON \`_tariffs_v\` (\`version_workflow_state_changed_at\`);`)
  await db.run(sql`ALTER TABLE \`research_links\` ADD \`workflow_state_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`research_links_workflow_workflow_state_changed_at_idx\` ON \`research_links\` (\`workflow_state_changed_at\`);`)
  await db.run(sql`ALTER TABLE \`_research_links_v\` ADD \`version_workflow_state_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_research_links_v_version_workflow_version_workflow_st_1_idx\` ON \`_research_links_v\` (\`version_workflow_state_changed_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`_verified\` integer;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`_verificationtoken\` text;`)
  // Accounts made before e-mail verification existed are verified (Payload's session check wants a true value).
  await db.run(sql`UPDATE \`users\` SET \`_verified\` = 1 WHERE \`_verified\` IS NULL;`)
  await db.run(sql`ALTER TABLE \`review_comments\` ADD \`owner_id\` integer REFERENCES vendor_organisations(id);`)
  await db.run(sql`CREATE INDEX \`review_comments_owner_idx\` ON \`review_comments\` (\`owner_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`vendor_invitations\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_review_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`author_id\` integer,
  	\`transition\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_review_comments\`("id", "collection", "doc_id", "body", "author_id", "transition", "updated_at", "created_at") SELECT "id", "collection", "doc_id", "body", "author_id", "transition", "updated_at", "created_at" FROM \`review_comments\`;`)
  await db.run(sql`DROP TABLE \`review_comments\`;`)
  await db.run(sql`ALTER TABLE \`__new_review_comments\` RENAME TO \`review_comments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`review_comments_collection_idx\` ON \`review_comments\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_doc_id_idx\` ON \`review_comments\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_author_idx\` ON \`review_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_updated_at_idx\` ON \`review_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_created_at_idx\` ON \`review_comments\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`articles_workflow_workflow_state_changed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_state_changed_at\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_workflow_version_workflow_state_chan_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_state_changed_at\`;`)
  await db.run(sql`DROP INDEX \`vendors_workflow_workflow_state_changed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`vendors\` DROP COLUMN \`workflow_state_changed_at\`;`)
  await db.run(sql`DROP INDEX \`_vendors_v_version_workflow_version_workflow_state_chang_idx\`;`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` DROP COLUMN \`version_workflow_state_changed_at\`;`)
  await db.run(sql`DROP INDEX \`tariffs_workflow_workflow_state_changed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`tariffs\` DROP COLUMN \`workflow_state_changed_at\`;`)
  await db.run(sql`DROP INDEX \`_tariffs_v_version_workflow_version_workflow_state_chang_idx\`;`)
  await db.run(sql`ALTER TABLE \`_tariffs_v\` DROP COLUMN \`version_workflow_state_changed_at\`;`)
  await db.run(sql`DROP INDEX \`research_links_workflow_workflow_state_changed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`research_links\` DROP COLUMN \`workflow_state_changed_at\`;`)
  await db.run(sql`DROP INDEX \`_research_links_v_version_workflow_version_workflow_st_1_idx\`;`)
  await db.run(sql`ALTER TABLE \`_research_links_v\` DROP COLUMN \`version_workflow_state_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`_verified\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`_verificationtoken\`;`)
}
