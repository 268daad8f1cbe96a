import { afterAll, describe, expect, it } from '@jest/globals'
import { createClient } from '@libsql/client'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { shareSqliteFile, SQLITE_BUSY_TIMEOUT_MS } from '../../../src/db/shareSqliteFile'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vv-sqlite-sharing-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('one SQLite file shared by several processes (the app, a second app process, the seed, the CLI)', () => {
  it('is in write-ahead logging with a busy timeout, so a read does not fail while another connection writes', async () => {
    const url = `file:${path.join(dir, 'shared.db')}`
    const writer = createClient({ url })
    const reader = createClient({ url })
    await shareSqliteFile(writer)
    await shareSqliteFile(reader)
    expect((await writer.execute('PRAGMA journal_mode')).rows[0]?.[0]).toBe('wal')
    expect((await reader.execute('PRAGMA busy_timeout')).rows[0]?.[0]).toBe(SQLITE_BUSY_TIMEOUT_MS)
    await writer.execute('CREATE TABLE notes (text TEXT)')
    await writer.execute("INSERT INTO notes VALUES ('published')")

    // A write held open by one connection, as a long save in the app would.
    const write = await writer.transaction('write')
    await write.execute("INSERT INTO notes VALUES ('draft')")
    // The other still reads the committed rows at once.
    const seen = await reader.execute('SELECT text FROM notes')
    expect(seen.rows.map((r) => r[0])).toEqual(['published'])
    await write.commit()
    expect((await reader.execute('SELECT count(*) FROM notes')).rows[0]?.[0]).toBe(2)
    writer.close()
    reader.close()
  })
})
