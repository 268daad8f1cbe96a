import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Data only (issue 12, review of vendor entries): a vendor entry's review comments written before comments
 * had an owner get the entry's organisation, so its members read them; documents and versions from before
 * `workflow.stateChangedAt` count from their last change, so the queue "Til vurdering" can sort them.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`UPDATE \`review_comments\` SET \`owner_id\` = (SELECT \`owner_id\` FROM \`vendors\` WHERE CAST(\`vendors\`.\`id\` AS TEXT) = \`review_comments\`.\`doc_id\`) WHERE \`collection\` = 'vendors' AND \`owner_id\` IS NULL;`)
  for (const table of ['articles', 'vendors', 'tariffs', 'research_links']) {
    await db.run(sql.raw(`UPDATE \`${table}\` SET \`workflow_state_changed_at\` = \`updated_at\` WHERE \`workflow_state_changed_at\` IS NULL;`))
    await db.run(sql.raw(`UPDATE \`_${table}_v\` SET \`version_workflow_state_changed_at\` = \`updated_at\` WHERE \`version_workflow_state_changed_at\` IS NULL;`))
  }
}

/** Nothing to undo: the columns go with the migration that made them. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
