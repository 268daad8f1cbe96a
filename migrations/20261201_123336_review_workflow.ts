import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`research_links_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`research_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`research_links_rels_order_idx\` ON \`research_links_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`research_links_rels_parent_idx\` ON \`research_links_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`research_links_rels_path_idx\` ON \`research_links_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`research_links_rels_users_id_idx\` ON \`research_links_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_research_links_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_research_links_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_research_links_v_rels_order_idx\` ON \`_research_links_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_research_links_v_rels_parent_idx\` ON \`_research_links_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_research_links_v_rels_path_idx\` ON \`_research_links_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_research_links_v_rels_users_id_idx\` ON \`_research_links_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_label\` text NOT NULL,
  	\`collection\` text,
  	\`doc_id\` text,
  	\`detail\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_label_idx\` ON \`audit_log\` (\`actor_label\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_collection_idx\` ON \`audit_log\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_doc_id_idx\` ON \`audit_log\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_texts_order_parent\` ON \`audit_log_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`withdrawals_addresses\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`withdrawals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`withdrawals_addresses_order_idx\` ON \`withdrawals_addresses\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`withdrawals_addresses_parent_id_idx\` ON \`withdrawals_addresses\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`withdrawals_addresses_path_idx\` ON \`withdrawals_addresses\` (\`path\`);`)
  await db.run(sql`CREATE TABLE \`withdrawals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`mode\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`withdrawals_collection_idx\` ON \`withdrawals\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`withdrawals_doc_id_idx\` ON \`withdrawals\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`withdrawals_updated_at_idx\` ON \`withdrawals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`withdrawals_created_at_idx\` ON \`withdrawals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`withdrawals_locales\` (
  	\`explanation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`withdrawals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`withdrawals_locales_locale_parent_id_unique\` ON \`withdrawals_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`preview_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`days\` numeric NOT NULL,
  	\`token_hash\` text,
  	\`expires_at\` text,
  	\`revoked_at\` text,
  	\`created_by_id\` integer,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`preview_links_target_collection_idx\` ON \`preview_links\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_doc_id_idx\` ON \`preview_links\` (\`doc_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`preview_links_token_hash_idx\` ON \`preview_links\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_created_by_idx\` ON \`preview_links\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_updated_at_idx\` ON \`preview_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_created_at_idx\` ON \`preview_links\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_comments\` (
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
  await db.run(sql`CREATE INDEX \`review_comments_collection_idx\` ON \`review_comments\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_doc_id_idx\` ON \`review_comments\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_author_idx\` ON \`review_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_updated_at_idx\` ON \`review_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_created_at_idx\` ON \`review_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`change_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`published_at\` text NOT NULL,
  	\`by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`change_log_collection_idx\` ON \`change_log\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`change_log_doc_id_idx\` ON \`change_log\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`change_log_published_at_idx\` ON \`change_log\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`change_log_by_idx\` ON \`change_log\` (\`by_id\`);`)
  await db.run(sql`CREATE INDEX \`change_log_updated_at_idx\` ON \`change_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`change_log_created_at_idx\` ON \`change_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`change_log_locales\` (
  	\`title\` text,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`change_log_locales_locale_parent_id_unique\` ON \`change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`subscriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`page\` text NOT NULL,
  	\`language\` text DEFAULT 'nb' NOT NULL,
  	\`confirmed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`subscriptions_email_idx\` ON \`subscriptions\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_page_idx\` ON \`subscriptions\` (\`page\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_confirmed_at_idx\` ON \`subscriptions\` (\`confirmed_at\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_updated_at_idx\` ON \`subscriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_created_at_idx\` ON \`subscriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`redirects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to_type\` text DEFAULT 'reference',
  	\`to_url\` text,
  	\`type\` text DEFAULT '301' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`redirects_from_idx\` ON \`redirects\` (\`from\`);`)
  await db.run(sql`CREATE INDEX \`redirects_updated_at_idx\` ON \`redirects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`redirects_created_at_idx\` ON \`redirects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`redirects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`vendors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`vendors_id\`) REFERENCES \`vendors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`redirects_rels_order_idx\` ON \`redirects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_parent_idx\` ON \`redirects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_path_idx\` ON \`redirects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_articles_id_idx\` ON \`redirects_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_vendors_id_idx\` ON \`redirects_rels\` (\`vendors_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_review_after_publish\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_force_reason\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`last_major_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_workflow_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_last_major_change_at_idx\` ON \`articles\` (\`last_major_change_at\`);`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`articles_rels_users_id_idx\` ON \`articles_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_review_after_publish\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_force_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_last_major_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_state_idx\` ON \`_articles_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_last_major_change_at_idx\` ON \`_articles_v\` (\`version_last_major_change_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_users_id_idx\` ON \`_articles_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`vendors\` ADD \`next_review_at\` text;`)
  await db.run(sql`ALTER TABLE \`vendors\` ADD \`minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`vendors\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`vendors\` ADD \`workflow_review_after_publish\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`vendors\` ADD \`workflow_force_reason\` text;`)
  await db.run(sql`ALTER TABLE \`vendors\` ADD \`last_major_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`vendors_next_review_at_idx\` ON \`vendors\` (\`next_review_at\`);`)
  await db.run(sql`CREATE INDEX \`vendors_workflow_workflow_state_idx\` ON \`vendors\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`vendors_last_major_change_at_idx\` ON \`vendors\` (\`last_major_change_at\`);`)
  await db.run(sql`ALTER TABLE \`vendors_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`vendors_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`vendors_rels_users_id_idx\` ON \`vendors_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` ADD \`version_next_review_at\` text;`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` ADD \`version_minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` ADD \`version_workflow_review_after_publish\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` ADD \`version_workflow_force_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` ADD \`version_last_major_change_at\` text;`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_vendors_v_version_version_next_review_at_idx\` ON \`_vendors_v\` (\`version_next_review_at\`);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_version_workflow_version_workflow_state_idx\` ON \`_vendors_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_version_version_last_major_change_at_idx\` ON \`_vendors_v\` (\`version_last_major_change_at\`);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_autosave_idx\` ON \`_vendors_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_vendors_v_locales\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_vendors_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_rels_users_id_idx\` ON \`_vendors_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`tariffs\` ADD \`minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`tariffs\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`tariffs\` ADD \`workflow_review_after_publish\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`tariffs\` ADD \`workflow_force_reason\` text;`)
  await db.run(sql`ALTER TABLE \`tariffs\` ADD \`last_major_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`tariffs_workflow_workflow_state_idx\` ON \`tariffs\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`tariffs_last_major_change_at_idx\` ON \`tariffs\` (\`last_major_change_at\`);`)
  await db.run(sql`ALTER TABLE \`tariffs_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`tariffs_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`tariffs_rels_users_id_idx\` ON \`tariffs_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_tariffs_v\` ADD \`version_minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_tariffs_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_tariffs_v\` ADD \`version_workflow_review_after_publish\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_tariffs_v\` ADD \`version_workflow_force_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_tariffs_v\` ADD \`version_last_major_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`_tariffs_v_version_workflow_version_workflow_state_idx\` ON \`_tariffs_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_tariffs_v_version_version_last_major_change_at_idx\` ON \`_tariffs_v\` (\`version_last_major_change_at\`);`)
  await db.run(sql`ALTER TABLE \`_tariffs_v_locales\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_tariffs_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_tariffs_v_rels_users_id_idx\` ON \`_tariffs_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`research_links\` ADD \`minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`research_links\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`research_links\` ADD \`workflow_review_after_publish\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`research_links\` ADD \`workflow_force_reason\` text;`)
  await db.run(sql`ALTER TABLE \`research_links\` ADD \`last_major_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`research_links_workflow_workflow_state_idx\` ON \`research_links\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`research_links_last_major_change_at_idx\` ON \`research_links\` (\`last_major_change_at\`);`)
  await db.run(sql`ALTER TABLE \`research_links_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_research_links_v\` ADD \`version_minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_research_links_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_research_links_v\` ADD \`version_workflow_review_after_publish\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_research_links_v\` ADD \`version_workflow_force_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_research_links_v\` ADD \`version_last_major_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`_research_links_v_version_workflow_version_workflow_stat_idx\` ON \`_research_links_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_research_links_v_version_version_last_major_change_at_idx\` ON \`_research_links_v\` (\`version_last_major_change_at\`);`)
  await db.run(sql`ALTER TABLE \`_research_links_v_locales\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`withdrawals_id\` integer REFERENCES withdrawals(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`change_log_id\` integer REFERENCES change_log(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`subscriptions_id\` integer REFERENCES subscriptions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`redirects_id\` integer REFERENCES redirects(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_withdrawals_id_idx\` ON \`payload_locked_documents_rels\` (\`withdrawals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_change_log_id_idx\` ON \`payload_locked_documents_rels\` (\`change_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`second_pair_of_eyes\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_second_pair_of_eyes\` integer DEFAULT true;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`research_links_rels\`;`)
  await db.run(sql`DROP TABLE \`_research_links_v_rels\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`audit_log_texts\`;`)
  await db.run(sql`DROP TABLE \`withdrawals_addresses\`;`)
  await db.run(sql`DROP TABLE \`withdrawals\`;`)
  await db.run(sql`DROP TABLE \`withdrawals_locales\`;`)
  await db.run(sql`DROP TABLE \`preview_links\`;`)
  await db.run(sql`DROP TABLE \`review_comments\`;`)
  await db.run(sql`DROP TABLE \`change_log\`;`)
  await db.run(sql`DROP TABLE \`change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`subscriptions\`;`)
  await db.run(sql`DROP TABLE \`redirects\`;`)
  await db.run(sql`DROP TABLE \`redirects_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles_rels\`("id", "order", "parent_id", "path", "articles_id") SELECT "id", "order", "parent_id", "path", "articles_id" FROM \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_rels\` RENAME TO \`articles_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_articles_id_idx\` ON \`articles_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_rels\`("id", "order", "parent_id", "path", "articles_id") SELECT "id", "order", "parent_id", "path", "articles_id" FROM \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_rels\` RENAME TO \`_articles_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_articles_id_idx\` ON \`_articles_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_vendors_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`profession_categories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`vendors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`profession_categories_id\`) REFERENCES \`profession_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_vendors_rels\`("id", "order", "parent_id", "path", "profession_categories_id") SELECT "id", "order", "parent_id", "path", "profession_categories_id" FROM \`vendors_rels\`;`)
  await db.run(sql`DROP TABLE \`vendors_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_vendors_rels\` RENAME TO \`vendors_rels\`;`)
  await db.run(sql`CREATE INDEX \`vendors_rels_order_idx\` ON \`vendors_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`vendors_rels_parent_idx\` ON \`vendors_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`vendors_rels_path_idx\` ON \`vendors_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`vendors_rels_profession_categories_id_idx\` ON \`vendors_rels\` (\`profession_categories_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__vendors_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`profession_categories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_vendors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`profession_categories_id\`) REFERENCES \`profession_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__vendors_v_rels\`("id", "order", "parent_id", "path", "profession_categories_id") SELECT "id", "order", "parent_id", "path", "profession_categories_id" FROM \`_vendors_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_vendors_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__vendors_v_rels\` RENAME TO \`_vendors_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_vendors_v_rels_order_idx\` ON \`_vendors_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_rels_parent_idx\` ON \`_vendors_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_rels_path_idx\` ON \`_vendors_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_vendors_v_rels_profession_categories_id_idx\` ON \`_vendors_v_rels\` (\`profession_categories_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_tariffs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`profession_categories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tariffs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`profession_categories_id\`) REFERENCES \`profession_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_tariffs_rels\`("id", "order", "parent_id", "path", "profession_categories_id") SELECT "id", "order", "parent_id", "path", "profession_categories_id" FROM \`tariffs_rels\`;`)
  await db.run(sql`DROP TABLE \`tariffs_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_tariffs_rels\` RENAME TO \`tariffs_rels\`;`)
  await db.run(sql`CREATE INDEX \`tariffs_rels_order_idx\` ON \`tariffs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tariffs_rels_parent_idx\` ON \`tariffs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tariffs_rels_path_idx\` ON \`tariffs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`tariffs_rels_profession_categories_id_idx\` ON \`tariffs_rels\` (\`profession_categories_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__tariffs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`profession_categories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tariffs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`profession_categories_id\`) REFERENCES \`profession_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__tariffs_v_rels\`("id", "order", "parent_id", "path", "profession_categories_id") SELECT "id", "order", "parent_id", "path", "profession_categories_id" FROM \`_tariffs_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_tariffs_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__tariffs_v_rels\` RENAME TO \`_tariffs_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_tariffs_v_rels_order_idx\` ON \`_tariffs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tariffs_v_rels_parent_idx\` ON \`_tariffs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tariffs_v_rels_path_idx\` ON \`_tariffs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_tariffs_v_rels_profession_categories_id_idx\` ON \`_tariffs_v_rels\` (\`profession_categories_id\`);`)
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
  	\`vendor_organisations_id\` integer,
  	\`users_id\` integer,
  	\`search_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`vendors_id\`) REFERENCES \`vendors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`profession_categories_id\`) REFERENCES \`profession_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tariffs_id\`) REFERENCES \`tariffs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`research_links_id\`) REFERENCES \`research_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`vendor_organisations_id\`) REFERENCES \`vendor_organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "vendors_id", "profession_categories_id", "tariffs_id", "research_links_id", "media_id", "vendor_organisations_id", "users_id", "search_id") SELECT "id", "order", "parent_id", "path", "articles_id", "vendors_id", "profession_categories_id", "tariffs_id", "research_links_id", "media_id", "vendor_organisations_id", "users_id", "search_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_vendor_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`vendor_organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
  await db.run(sql`DROP INDEX \`articles_workflow_workflow_state_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_last_major_change_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`minor_change\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_review_after_publish\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_force_reason\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`last_major_change_at\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_workflow_version_workflow_state_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_last_major_change_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_minor_change\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_review_after_publish\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_force_reason\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_last_major_change_at\`;`)
  await db.run(sql`DROP INDEX \`vendors_next_review_at_idx\`;`)
  await db.run(sql`DROP INDEX \`vendors_workflow_workflow_state_idx\`;`)
  await db.run(sql`DROP INDEX \`vendors_last_major_change_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`vendors\` DROP COLUMN \`next_review_at\`;`)
  await db.run(sql`ALTER TABLE \`vendors\` DROP COLUMN \`minor_change\`;`)
  await db.run(sql`ALTER TABLE \`vendors\` DROP COLUMN \`workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`vendors\` DROP COLUMN \`workflow_review_after_publish\`;`)
  await db.run(sql`ALTER TABLE \`vendors\` DROP COLUMN \`workflow_force_reason\`;`)
  await db.run(sql`ALTER TABLE \`vendors\` DROP COLUMN \`last_major_change_at\`;`)
  await db.run(sql`DROP INDEX \`_vendors_v_version_version_next_review_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_vendors_v_version_workflow_version_workflow_state_idx\`;`)
  await db.run(sql`DROP INDEX \`_vendors_v_version_version_last_major_change_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_vendors_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` DROP COLUMN \`version_next_review_at\`;`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` DROP COLUMN \`version_minor_change\`;`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` DROP COLUMN \`version_workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` DROP COLUMN \`version_workflow_review_after_publish\`;`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` DROP COLUMN \`version_workflow_force_reason\`;`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` DROP COLUMN \`version_last_major_change_at\`;`)
  await db.run(sql`ALTER TABLE \`_vendors_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`tariffs_workflow_workflow_state_idx\`;`)
  await db.run(sql`DROP INDEX \`tariffs_last_major_change_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`tariffs\` DROP COLUMN \`minor_change\`;`)
  await db.run(sql`ALTER TABLE \`tariffs\` DROP COLUMN \`workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`tariffs\` DROP COLUMN \`workflow_review_after_publish\`;`)
  await db.run(sql`ALTER TABLE \`tariffs\` DROP COLUMN \`workflow_force_reason\`;`)
  await db.run(sql`ALTER TABLE \`tariffs\` DROP COLUMN \`last_major_change_at\`;`)
  await db.run(sql`DROP INDEX \`_tariffs_v_version_workflow_version_workflow_state_idx\`;`)
  await db.run(sql`DROP INDEX \`_tariffs_v_version_version_last_major_change_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_tariffs_v\` DROP COLUMN \`version_minor_change\`;`)
  await db.run(sql`ALTER TABLE \`_tariffs_v\` DROP COLUMN \`version_workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`_tariffs_v\` DROP COLUMN \`version_workflow_review_after_publish\`;`)
  await db.run(sql`ALTER TABLE \`_tariffs_v\` DROP COLUMN \`version_workflow_force_reason\`;`)
  await db.run(sql`ALTER TABLE \`_tariffs_v\` DROP COLUMN \`version_last_major_change_at\`;`)
  await db.run(sql`DROP INDEX \`research_links_workflow_workflow_state_idx\`;`)
  await db.run(sql`DROP INDEX \`research_links_last_major_change_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`research_links\` DROP COLUMN \`minor_change\`;`)
  await db.run(sql`ALTER TABLE \`research_links\` DROP COLUMN \`workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`research_links\` DROP COLUMN \`workflow_review_after_publish\`;`)
  await db.run(sql`ALTER TABLE \`research_links\` DROP COLUMN \`workflow_force_reason\`;`)
  await db.run(sql`ALTER TABLE \`research_links\` DROP COLUMN \`last_major_change_at\`;`)
  await db.run(sql`DROP INDEX \`_research_links_v_version_workflow_version_workflow_stat_idx\`;`)
  await db.run(sql`DROP INDEX \`_research_links_v_version_version_last_major_change_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_research_links_v\` DROP COLUMN \`version_minor_change\`;`)
  await db.run(sql`ALTER TABLE \`_research_links_v\` DROP COLUMN \`version_workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`_research_links_v\` DROP COLUMN \`version_workflow_review_after_publish\`;`)
  await db.run(sql`ALTER TABLE \`_research_links_v\` DROP COLUMN \`version_workflow_force_reason\`;`)
  await db.run(sql`ALTER TABLE \`_research_links_v\` DROP COLUMN \`version_last_major_change_at\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`vendors_locales\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`_vendors_v_locales\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`tariffs_locales\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`_tariffs_v_locales\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`research_links_locales\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`_research_links_v_locales\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`second_pair_of_eyes\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_second_pair_of_eyes\`;`)
}
