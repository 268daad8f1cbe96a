import type { DatabaseAdapterObj } from 'payload'
import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { resolveDatabase } from '../config/env.mjs'
import { migrations } from '../../migrations'
import { withClaimOnce } from '../scheduling/claimOnce'
import { withAfterCommit } from './afterCommit'
import { migrationsOnly } from './migrationsOnly'

/** How long a start waits for MongoDB before it gives up with the host named. */
export const MONGO_CONNECT_TIMEOUT_MS = 8000

/** libsql creates the database file but not its folder. */
function ensureFolderOf(uri: string): void {
  const file = uri.slice('file:'.length).split('?')[0] ?? ''
  if (!file || file.startsWith(':memory:') || file === ':memory:') return
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

/**
 * The database adapter chosen by DATABASE_URI: MongoDB in production deployments, embedded SQLite otherwise.
 * SQLite builds its schema from the committed migrations in development and production alike (see
 * migrationsOnly) and pushes it only in tests; MongoDB needs no schema migrations. Either runs the tasks
 * queued with afterCommit once a transaction commits, and lets only one runner take a job (withClaimOnce).
 */
export function databaseAdapter(rawUri: string | undefined): DatabaseAdapterObj {
  const db = resolveDatabase(rawUri)
  if (db.kind === 'mongodb') {
    return withAfterCommit(
      withClaimOnce(
        mongooseAdapter({
          url: db.uri,
          connectOptions: { serverSelectionTimeoutMS: MONGO_CONNECT_TIMEOUT_MS, connectTimeoutMS: MONGO_CONNECT_TIMEOUT_MS },
        }),
      ),
    )
  }
  ensureFolderOf(db.uri)
  const sqlite = sqliteAdapter({
    client: { url: db.uri },
    migrationDir: path.resolve(process.cwd(), 'migrations'),
    prodMigrations: migrations,
    push: process.env.NODE_ENV === 'test',
  })
  return withAfterCommit(withClaimOnce(migrationsOnly(sqlite, db.uri, migrations)))
}
