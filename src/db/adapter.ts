import type { DatabaseAdapterObj } from 'payload'
import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { resolveDatabase } from '../config/env.mjs'
import { migrations } from '../../migrations'

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
 * SQLite pushes its schema in development and tests, and runs the committed migrations in production;
 * MongoDB needs no schema migrations.
 */
export function databaseAdapter(rawUri: string | undefined): DatabaseAdapterObj {
  const db = resolveDatabase(rawUri)
  if (db.kind === 'mongodb') {
    return mongooseAdapter({
      url: db.uri,
      connectOptions: { serverSelectionTimeoutMS: MONGO_CONNECT_TIMEOUT_MS, connectTimeoutMS: MONGO_CONNECT_TIMEOUT_MS },
    })
  }
  ensureFolderOf(db.uri)
  return sqliteAdapter({
    client: { url: db.uri },
    migrationDir: path.resolve(process.cwd(), 'migrations'),
    prodMigrations: migrations,
  })
}
