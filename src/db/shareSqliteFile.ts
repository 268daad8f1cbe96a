import type { Client } from '@libsql/client'

/** How long a write waits for another process's write to finish before SQLite answers "database is locked". */
export const SQLITE_BUSY_TIMEOUT_MS = 5000

/**
 * Lets several processes use one SQLite file at once (the app, its second process, `npm run seed`, the CLI):
 * write-ahead logging, so that reads never wait for a write (the file keeps this mode), and a busy timeout on
 * this connection, so that two writes queue instead of one failing at once with SQLITE_BUSY.
 */
export async function shareSqliteFile(client: Pick<Client, 'execute'>): Promise<void> {
  await client.execute(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`)
  await client.execute('PRAGMA journal_mode = WAL')
}
