// Plain ESM, shared by the start scripts' preflight (before Payload starts) and the adapter (inside it).
import fs from 'node:fs'

/**
 * The one line a start prints on a SQLite file whose schema a development schema push made. Payload would
 * otherwise ask on the terminal whether to go on (with data loss), and a server has nobody to answer.
 * @param {string} file
 */
export function pushedSchemaLine(file) {
  return (
    `${file} has a schema that an earlier \`npm run dev\` pushed without migrations, and \`npm run dev\` and \`npm start\` now both build it from migrations/ only: ` +
    'delete the file to start afresh (the guide is seeded again) or set DATABASE_URI to another file.'
  )
}

/** The file a `file:` URI names, or null for an in-memory database. */
export function sqliteFile(uri) {
  const file = uri.slice('file:'.length).split('?')[0] ?? ''
  return !file || file.startsWith(':memory:') ? null : file
}

/** The SQL that finds the marker Payload's schema push leaves in payload_migrations (batch -1). */
export const PUSH_MARKER_SQL = "SELECT 1 FROM payload_migrations WHERE batch = -1 LIMIT 1"

/**
 * Whether the SQLite file at `uri` carries the marker of a development schema push. Creates nothing: a file
 * that does not exist yet, or has no payload_migrations table, was not pushed.
 * @param {string} uri
 */
export async function wasSchemaPushed(uri) {
  const file = sqliteFile(uri)
  if (!file || !fs.existsSync(file)) return false
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: uri })
  try {
    const table = await client.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'")
    if (table.rows.length === 0) return false
    return (await client.execute(PUSH_MARKER_SQL)).rows.length > 0
  } finally {
    client.close()
  }
}
