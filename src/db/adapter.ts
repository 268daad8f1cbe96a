import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { resolveDatabase } from '../config/env.mjs'
import { migrations } from '../../migrations'

/** How long a start waits for MongoDB before it gives up with the host named. */
export const MONGO_CONNECT_TIMEOUT_MS = 8000

/**
 * The database adapter chosen by DATABASE_URI: MongoDB in production deployments, embedded SQLite otherwise.
 * SQLite pushes its schema in development and tests, and runs the committed migrations in production.
 */
export function databaseAdapter(rawUri: string | undefined): DatabaseAdapterObj {
  const db = resolveDatabase(rawUri)
  if (db.kind === 'mongodb') {
    return mongooseAdapter({
      url: db.uri,
      connectOptions: { serverSelectionTimeoutMS: MONGO_CONNECT_TIMEOUT_MS, connectTimeoutMS: MONGO_CONNECT_TIMEOUT_MS },
      prodMigrations: migrations,
    })
  }
  return sqliteAdapter({
    client: { url: db.uri },
    migrationDir: 'migrations',
    prodMigrations: migrations,
  })
}
