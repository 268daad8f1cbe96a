import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * What `npm start` does before Next starts, on an empty SQLite file in production mode: the committed
 * migrations create the schema (no schema push in production), then the guide is seeded. A migration that
 * lags behind the collections fails here.
 */
function prepare(dir: string) {
  const result = spawnSync(process.execPath, ['scripts/seed-runner.mjs', '--if-empty'], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: os.tmpdir(),
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'p'.repeat(40),
      DATABASE_URI: `file:${path.join(dir, 'guide.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
    } as unknown as NodeJS.ProcessEnv,
    timeout: 120_000,
  })
  return { code: result.status, out: `${result.stdout}\n${result.stderr}` }
}

describe('production start on an empty SQLite file', () => {
  it('creates the schema from the committed migrations, seeds the guide, and does nothing the second time', () => {
    if (process.env.TEST_MONGODB_URI) return // SQLite only: MongoDB needs no migrations
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vv-prod-'))
    const first = prepare(dir)
    expect(first.out).toMatch(/Migrating: [\d_]+initial/)
    expect(first.out).toMatch(/\[seed\] done in/)
    expect(first.code).toBe(0)
    const second = prepare(dir)
    expect(second.out).toMatch(/already loaded; nothing to do/)
    expect(second.out).not.toMatch(/Migrating:/)
    expect(second.code).toBe(0)
  }, 180_000)
})
