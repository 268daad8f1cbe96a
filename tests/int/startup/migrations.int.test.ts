import fs from 'node:fs'
import path from 'node:path'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { getPayload } from 'payload'

import config from '@payload-config'

// `npm run dev` and `npm start` build the SQLite schema from migrations/ only, so a field without a
// migration is a column that does not exist. This says so before a server finds out.
describe('the committed migrations', () => {
  it('create exactly the schema the collections need (else: npm run payload migrate:create <name>)', async () => {
    const payload = await getPayload({ config })
    if (payload.db.name !== 'sqlite') return
    const db = payload.db as unknown as SQLiteAdapter
    const latest = fs.readdirSync(db.migrationDir).filter((f) => f.endsWith('.json')).sort().at(-1)!
    const before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest), 'utf8'))
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const missing: string[] = await generateMigration(before, await generateDrizzleJson(db.schema))
    expect(missing).toEqual([])
  })
})
