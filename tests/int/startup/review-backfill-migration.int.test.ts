import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/libsql'

import { migrations } from '../../../migrations'

// An existing SQLite site upgraded to issue 12's vendor review: the comments already on vendor entries get the
// entry's organisation (so its members read them), and documents from before `workflow.stateChangedAt` count
// from their last change (the queue "Til vurdering" sorts by it).
const BACKFILL = '20261201_154558_review_backfill'

describe('the review backfill migration on an existing site', () => {
  const file = path.join(os.tmpdir(), `vv-review-backfill-${process.pid}-${Date.now()}.db`)
  const client = createClient({ url: `file:${file}` })
  const db = drizzle(client)
  const run = (name: string) => migrations.find((m) => m.name === name)!.up({ db, payload: {}, req: {} } as never)
  const rows = async (query: string) => (await client.execute(query)).rows.map((row) => ({ ...row })) as Record<string, unknown>[]

  beforeAll(async () => {
    for (const migration of migrations) {
      if (migration.name === BACKFILL) break
      await run(migration.name)
    }
    await db.run(sql`INSERT INTO vendor_organisations (id, name) VALUES (7, 'Firma AS')`)
    await db.run(sql`INSERT INTO vendors (id, name, slug, owner_id, _status, workflow_state, updated_at) VALUES
      (1, 'Løsning A', 'a', 7, 'draft', 'in-review', '2026-11-20T10:00:00.000Z'),
      (2, 'Løsning B', 'b', NULL, 'draft', 'draft', '2026-11-21T10:00:00.000Z')`)
    await db.run(sql`INSERT INTO _vendors_v (id, parent_id, version_name, version_workflow_state, latest, updated_at) VALUES (1, 1, 'Løsning A', 'in-review', 1, '2026-11-20T10:00:00.000Z')`)
    await db.run(sql`INSERT INTO review_comments (id, collection, doc_id, body) VALUES
      (1, 'vendors', '1', 'Mangler kilde.'),
      (2, 'vendors', '2', 'Uten eier.'),
      (3, 'articles', '1', 'Artikkel.')`)
    await run(BACKFILL)
  })
  afterAll(() => client.close())

  it("gives a vendor entry's comments the entry's organisation; others stay without", async () => {
    expect(await rows('SELECT id, owner_id FROM review_comments ORDER BY id')).toEqual([
      { id: 1, owner_id: 7 },
      { id: 2, owner_id: null },
      { id: 3, owner_id: null },
    ])
  })

  it('dates the state of documents and versions from before stateChangedAt by their last change', async () => {
    expect(await rows('SELECT id, workflow_state_changed_at FROM vendors ORDER BY id')).toEqual([
      { id: 1, workflow_state_changed_at: '2026-11-20T10:00:00.000Z' },
      { id: 2, workflow_state_changed_at: '2026-11-21T10:00:00.000Z' },
    ])
    expect(await rows('SELECT version_workflow_state_changed_at AS at FROM _vendors_v')).toEqual([{ at: '2026-11-20T10:00:00.000Z' }])
  })
})
