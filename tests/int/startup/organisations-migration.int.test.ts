import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/libsql'

import { migrations } from '../../../migrations'

// An existing SQLite site upgraded to vendor organisations: the companies written on vendor entries and on
// vendor accounts become organisations that own what named them. Nothing an editor typed is dropped.
const ORGANISATIONS = '20261201_101140_vendor_organisations'

describe('the vendor-organisations migration on an existing site', () => {
  const file = path.join(os.tmpdir(), `vv-migration-${process.pid}-${Date.now()}.db`)
  const client = createClient({ url: `file:${file}` })
  const db = drizzle(client)
  const run = (name: string) => migrations.find((m) => m.name === name)!.up({ db, payload: {}, req: {} } as never)
  const rows = async (query: string) => (await client.execute(query)).rows as unknown as Record<string, unknown>[]

  beforeAll(async () => {
    for (const migration of migrations) {
      if (migration.name === ORGANISATIONS) break
      await run(migration.name)
    }
    await db.run(sql`INSERT INTO vendors (id, name, slug, company, organisation_number, _status) VALUES
      (1, 'Løsning A', 'a', 'Firma AS', '974760673', 'published'),
      (2, 'Løsning B', 'b', ' Firma AS ', NULL, 'draft'),
      (3, 'Løsning C', 'c', 'Annet AS', '974760673', 'published'),
      (4, 'Løsning D', 'd', NULL, NULL, 'published')`)
    await db.run(sql`INSERT INTO _vendors_v (id, parent_id, version_name, version_company, latest) VALUES (1, 2, 'Løsning B', 'Firma AS', 1)`)
    await db.run(sql`INSERT INTO users (id, name, email, organisation_name, organisation_organisation_number) VALUES
      (1, 'Leverandør', 'l@example.no', 'Tredje AS', '914994780'),
      (2, 'Redaktør', 'r@example.no', NULL, NULL)`)
    await run(ORGANISATIONS)
  })
  afterAll(() => client.close())

  it('makes one organisation per company name; a number two companies claim stays with the first by name', async () => {
    const orgs = await rows('SELECT name, organisation_number FROM vendor_organisations ORDER BY name')
    expect(orgs.map((o) => ({ ...o }))).toEqual([
      { name: 'Annet AS', organisation_number: '974760673' },
      { name: 'Firma AS', organisation_number: null },
      { name: 'Tredje AS', organisation_number: '914994780' },
    ])
  })

  it('gives every entry, version and vendor account its organisation as owner', async () => {
    const owners = await rows(
      `SELECT v.slug, o.name FROM vendors v LEFT JOIN vendor_organisations o ON o.id = v.owner_id ORDER BY v.slug`,
    )
    expect(owners.map((o) => ({ ...o }))).toEqual([
      { slug: 'a', name: 'Firma AS' },
      { slug: 'b', name: 'Firma AS' },
      { slug: 'c', name: 'Annet AS' },
      { slug: 'd', name: null },
    ])
    const version = await rows('SELECT o.name FROM _vendors_v v JOIN vendor_organisations o ON o.id = v.version_owner_id')
    expect(version.map((o) => o.name)).toEqual(['Firma AS'])
    const users = await rows('SELECT u.email, o.name FROM users u LEFT JOIN vendor_organisations o ON o.id = u.organisation_id ORDER BY u.id')
    expect(users.map((u) => ({ ...u }))).toEqual([
      { email: 'l@example.no', name: 'Tredje AS' },
      { email: 'r@example.no', name: null },
    ])
  })
})
