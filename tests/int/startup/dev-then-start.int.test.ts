import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload } from 'payload'

import config from '@payload-config'
import { databaseAdapter } from '../../../src/db/adapter'
import { removeQuietly, runBounded } from './support/run'

// Payload's first start on a new file takes a few seconds; a start that waits for an answer never ends.
const BOOT_BOUND_MS = 60_000
const secret = 'z'.repeat(48)
let boots = 0

/**
 * Boots Payload on `uri` as a start in `nodeEnv` does: the same collections, the adapter the config builds
 * for that mode (it reads NODE_ENV when built and when it connects), onInit. Resolves to what the start did
 * within the bound; a start that asks on the terminal (stdin is nobody here) times out.
 */
async function bootAs(nodeEnv: string, uri: string): Promise<{ outcome: 'up' | 'timed out'; articles?: number }> {
  const base = await config
  const env = process.env as Record<string, string>
  env.NODE_ENV = nodeEnv
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  try {
    const starting = getPayload({
      key: `startup-${++boots}`,
      config: { ...base, db: databaseAdapter(uri) as typeof base.db, typescript: { ...base.typescript, autoGenerate: false } },
    })
    let timer: NodeJS.Timeout | undefined
    const bound = new Promise<'timed out'>((resolve) => (timer = setTimeout(() => resolve('timed out'), BOOT_BOUND_MS)))
    const result = await Promise.race([starting, bound])
    clearTimeout(timer)
    if (result === 'timed out') return { outcome: result }
    const { totalDocs } = await result.count({ collection: 'articles', overrideAccess: true })
    await result.destroy()
    return { outcome: 'up', articles: totalDocs }
  } finally {
    env.NODE_ENV = 'test'
  }
}

describe('`npm start` after `npm run dev` on the same SQLite file never waits for an answer', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vv-dev-start-'))
  })
  afterEach(() => removeQuietly(dir))

  it('dev builds the schema from the committed migrations, so the production start that follows comes up', async () => {
    const uri = `file:${path.join(dir, 'guide.db')}`
    expect(await bootAs('development', uri)).toEqual({ outcome: 'up', articles: 0 })
    // What `npm start` checks before it starts the server, then the server's own Payload start (prodMigrations).
    const preflight = await runBounded(['scripts/preflight.mjs'], { NODE_ENV: 'production', DATABASE_URI: uri, PAYLOAD_SECRET: secret }, 20_000)
    expect({ code: preflight.code, out: preflight.out.trim() }).toEqual({ code: 0, out: '' })
    expect(await bootAs('production', uri)).toEqual({ outcome: 'up', articles: 0 })
  }, 3 * BOOT_BOUND_MS)

  it('a file whose schema an earlier dev pushed stops `npm start` and `npm run dev` at once with one line saying what to do', async () => {
    const file = path.join(dir, 'pushed.db')
    // A schema push, as `npm run dev` did before it used migrations (tests still push: in memory, thrown away).
    expect(await bootAs('test', `file:${file}`)).toEqual({ outcome: 'up', articles: 0 })

    for (const script of ['scripts/start.mjs', 'scripts/dev.mjs']) {
      const result = await runBounded([script], { DATABASE_URI: `file:${file}`, PAYLOAD_SECRET: secret, PORT: '9' }, 20_000)
      const lines = result.out.trim().split('\n')
      expect({ script, timedOut: result.timedOut, code: result.code }).toEqual({ script, timedOut: false, code: 1 })
      expect({ script, lines }).toEqual({ script, lines: [expect.stringMatching(/pushed.*migrations.*delete the file.*DATABASE_URI/)] })
      expect(lines[0]).toContain(file)
      expect(result.ms).toBeLessThan(10_000)
    }
  }, BOOT_BOUND_MS + 60_000)
})
