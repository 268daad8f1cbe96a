import type { SQLiteAdapter, SQLiteAdapterArgs } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration } from 'payload'
import fs from 'node:fs'
import path from 'node:path'

import { PUSH_MARKER_SQL, pushedSchemaLine, sqliteFile } from './schemaOrigin.mjs'
import { shareSqliteFile } from './shareSqliteFile'

/**
 * Whether this process builds the SQLite schema from migrations/ when it connects, as production does through
 * `prodMigrations`: in development (and any other start outside tests), but not inside the Payload CLI's own
 * migrate commands, which run them themselves.
 */
function migratesOnConnect(): boolean {
  const env = process.env.NODE_ENV
  return env !== 'production' && env !== 'test' && process.env.PAYLOAD_MIGRATING !== 'true'
}

/**
 * Stops the process with one clear line on a file whose schema a development push made: Payload's migrate
 * would ask on the terminal whether to go on, and a server has nobody to answer (it would wait for ever).
 */
async function refusePushedSchema(adapter: SQLiteAdapter, uri: string): Promise<void> {
  const table = await adapter.client.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'")
  if (table.rows.length === 0) return
  if ((await adapter.client.execute(PUSH_MARKER_SQL)).rows.length === 0) return
  adapter.payload.logger.fatal(pushedSchemaLine(sqliteFile(uri) ?? uri))
  process.exit(1)
}

/**
 * Tells a developer, in one line, when the collections have changes that no committed migration makes yet:
 * development no longer pushes them, so they need a migration (as production always did).
 */
async function warnOfUnmigratedChanges(adapter: SQLiteAdapter): Promise<void> {
  const dir = adapter.migrationDir
  const latest = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().at(-1) : undefined
  const { generateDrizzleJson, generateMigration } = adapter.requireDrizzleKit()
  const before = latest ? JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8')) : adapter.defaultDrizzleSnapshot
  const statements: string[] = await generateMigration(before, await generateDrizzleJson(adapter.schema))
  if (statements.length === 0) return
  adapter.payload.logger.warn(
    `[videoveileder] The collections differ from the last migration in migrations/ (${statements.length} schema change(s) not in any migration): ` +
      'run `npm run payload migrate:create <name>`, then restart `npm run dev`.',
  )
}

/**
 * SQLite's schema comes from the committed migrations in development as in production, so that a file
 * `npm run dev` used can be started by `npm start` and the other way round. Tests alone push the schema
 * (in-memory databases that live as long as the test file). Every migrate first refuses a file an earlier
 * schema push made, with one line saying what to do, instead of Payload's question on the terminal.
 */
export function migrationsOnly(
  adapterObj: DatabaseAdapterObj<SQLiteAdapter>,
  uri: string,
  migrations: NonNullable<SQLiteAdapterArgs['prodMigrations']>,
): DatabaseAdapterObj<SQLiteAdapter> {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const migrate = adapter.migrate.bind(adapter)
      const connect = adapter.connect!.bind(adapter)
      adapter.migrate = async (options) => {
        await refusePushedSchema(adapter, uri)
        return migrate(options)
      }
      adapter.connect = async (options) => {
        await connect(options)
        if (sqliteFile(uri)) await shareSqliteFile(adapter.client)
        if (!migratesOnConnect()) return
        // Payload's Migration takes `args: unknown`; the SQLite adapter calls these with its own arguments.
        await adapter.migrate({ migrations: migrations as unknown as Migration[] })
        await warnOfUnmigratedChanges(adapter)
      }
      return adapter
    },
  }
}
