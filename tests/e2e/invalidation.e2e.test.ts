import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import path from 'node:path'

import { beforeAll, describe, expect, test } from '@jest/globals'

import { freePort, killGroup, startProductionServer } from '../helpers/server'
import { api, loginAdmin, unique, url, vendorsAsPublicAndStaff, withoutSecondPairOfEyes } from './helpers/api'
import { readState } from './helpers/state'

// Not about the review workflow: the admin publishes its own changes, with the second pair of eyes off.
withoutSecondPairOfEyes()

// A change made anywhere reaches the production server's pages within the bound: by a Payload job
// (run by the server's own job runner), by the seed and by a CLI script, each in a process of its own.
const BUDGET_MS = 1000
const POLL_MS = 50

/** Polls until `check` is true; resolves to performance.now() at that moment. */
async function when(check: () => Promise<boolean>, limitMs = 120_000): Promise<number> {
  const started = performance.now()
  for (;;) {
    if (await check()) return performance.now()
    if (performance.now() - started > limitMs) throw new Error(`not seen within ${limitMs} ms`)
    await new Promise((r) => setTimeout(r, POLL_MS))
  }
}

const frontPage = async () => (await fetch(url('/'))).text()
const frontPageShows = (text: string) => async () => (await frontPage()).includes(text)

/** The environment an operator gives a script on the server's machine: the server's database and secret. */
function scriptEnv(): NodeJS.ProcessEnv {
  const state = readState()
  const { CONTENT_CHANGES_URL: _none, ...env } = process.env
  return {
    ...env,
    NODE_ENV: 'production',
    NODE_OPTIONS: '',
    PAYLOAD_SECRET: state.secret,
    DATABASE_URI: `file:${path.join(state.dir, 'e2e.db')}`,
    MEDIA_DIR: path.join(state.dir, 'media'),
    PORT: new URL(state.baseURL).port,
    SERVER_URL: state.baseURL,
  }
}

/**
 * Runs `node <args>` as `npm run ...` would; resolves when it exits, with its output and performance.now()
 * at the moment the first line matching `done` was printed.
 */
function runScript(args: string[], done: RegExp, env: Record<string, string> = {}): Promise<{ code: number | null; output: string; doneAt?: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: process.cwd(), env: { ...scriptEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let doneAt: number | undefined
    const take = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      if (doneAt === undefined && done.test(output)) doneAt = performance.now()
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    child.on('exit', (code) => resolve({ code, output, doneAt }))
  })
}

describe('a change made outside a request shows on / within a second', () => {
  let admin: string

  beforeAll(async () => {
    admin = await loginAdmin()
    // Warm the cached front page, so that a stale copy is what a missed expiry would show.
    for (let i = 0; i < 2; i++) await frontPage()
  })

  test(`a publish scheduled with the CLI and run by the server's job runner shows within ${BUDGET_MS} ms of its write`, async () => {
    const settings = await api<{ frontPage: number | { id: number } }>('GET', '/globals/site-settings?depth=0', admin)
    const guideId = typeof settings.json.frontPage === 'object' ? settings.json.frontPage.id : settings.json.frontPage
    const guide = await api<{ lead: string }>('GET', `/articles/${guideId}?depth=0`, admin)
    const marker = `Planlagt${unique()}`
    const draft = await api('PATCH', `/articles/${guideId}?draft=true`, admin, { lead: `${guide.json.lead} ${marker}`, _status: 'draft' })
    expect(draft.status).toBe(200)
    expect(await frontPage()).not.toContain(marker)

    const queued = await runScript(['scripts/script-runner.mjs', 'scripts/publish.ts', 'articles', String(guideId), '--at', new Date().toISOString()], /publish scheduled/)
    expect(queued.output).toMatch(/\[publish\] articles \d+: publish scheduled for/)
    expect(queued.code).toBe(0)
    // The job runs in the server (autoRun, every second). Measured from the moment its write can be read.
    const [writtenAt, shownAt] = await Promise.all([
      when(async () => (await api<{ lead: string }>('GET', `/articles/${guideId}?depth=0`, admin)).json.lead.includes(marker)),
      when(frontPageShows(marker)),
    ])
    console.log(`[e2e] scheduled publish: shown on / ${Math.round(shownAt - writtenAt)} ms after the job's write was readable`)
    expect(shownAt - writtenAt).toBeLessThanOrEqual(BUDGET_MS)

    const restored = await api('PATCH', `/articles/${guideId}`, admin, { lead: guide.json.lead, _status: 'published', changeNote: 'E2E-endring' })
    expect(restored.status).toBe(200)
  }, 300_000)

  test(`a draft published by the CLI script shows within ${BUDGET_MS} ms of the script's write`, async () => {
    const categories = await api<{ docs: { id: number }[] }>('GET', '/profession-categories?depth=0&sort=order', admin)
    const name = `Skriptpublisert ${unique()}`
    const created = await api<{ doc: { id: number } }>('POST', '/vendors?draft=true', admin, {
      name,
      solutionType: 'standalone',
      professionCategories: [categories.json.docs[0]!.id],
      _status: 'draft',
    })
    expect(created.status).toBe(201)
    expect(await frontPage()).not.toContain(name)

    const run = await runScript(['scripts/script-runner.mjs', 'scripts/publish.ts', 'vendors', String(created.json.doc.id)], /\[publish\] vendors \d+ published/)
    expect(run.output).toContain(`[publish] vendors ${created.json.doc.id} published`)
    expect(run.code).toBe(0)
    const shownAt = await when(frontPageShows(name), 10_000)
    console.log(`[e2e] CLI publish: shown on / ${Math.round(shownAt - run.doneAt!)} ms after the script's write`)
    expect(shownAt - run.doneAt!).toBeLessThanOrEqual(BUDGET_MS)
  }, 300_000)

  test(`a seeded vendor an editor deleted is loaded again by \`npm run seed\` and shows within ${BUDGET_MS} ms of the seed's end`, async () => {
    const page = await frontPage()
    const vendors = await api<{ docs: { id: number; name: string; slug: string }[] }>('GET', '/vendors?limit=200&depth=0&where[_status][equals]=published', admin)
    // A seeded vendor (not one a test made) whose name the front page shows.
    const seeded = vendors.json.docs.filter((v) => !/\b[0-9a-f]{8}\b/.test(v.name) && page.includes(`>${v.name}<`))
    const victim = seeded[seeded.length - 1]!
    expect(victim).toBeDefined()
    expect((await api('DELETE', `/vendors/${victim.id}`, admin)).status).toBe(200)
    await when(async () => !(await frontPage()).includes(`>${victim.name}<`), 10_000)

    const run = await runScript(['scripts/seed-runner.mjs'], /\[seed\] done/)
    expect(run.output).toMatch(/\[seed\] vendors: \{"created":1,/)
    expect(run.code).toBe(0)
    const shownAt = await when(frontPageShows(`>${victim.name}<`), 10_000)
    console.log(`[e2e] seed: shown on / ${Math.round(shownAt - run.doneAt!)} ms after the seed was done`)
    expect(shownAt - run.doneAt!).toBeLessThanOrEqual(BUDGET_MS)
  }, 300_000)
})

describe('several app processes', () => {
  test(`a change made through a second app process shows on the first one's / within ${BUDGET_MS} ms`, async () => {
    const state = readState()
    const port = await freePort()
    const second = `http://localhost:${port}`
    const route = '/api/internal/content-changed'
    const env = {
      ...scriptEnv(),
      PORT: String(port),
      SERVER_URL: second,
      // Both processes hear every change; only the first one runs jobs.
      CONTENT_CHANGES_URL: `http://127.0.0.1:${new URL(state.baseURL).port}${route},http://127.0.0.1:${port}${route}`,
      JOBS_AUTORUN: 'false',
    }
    const child = await startProductionServer({ baseURL: second, env, logFile: path.join(state.dir, 'second-server.log'), timeoutMs: 180_000 })
    try {
      const admin = await loginAdmin()
      const { published } = await vendorsAsPublicAndStaff()
      const vendor = published.find((v) => v.professionCategories.length > 0)!
      for (let i = 0; i < 2; i++) await frontPage()
      const marker = `Andre prosess ${unique()}`
      const res = await fetch(`${second}/api/vendors/${vendor.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${admin}` },
        body: JSON.stringify({ name: `${vendor.name} ${marker}`, _status: 'published', changeNote: 'E2E-endring' }),
      })
      expect(res.status).toBe(200)
      const writtenAt = performance.now()
      const shownAt = await when(frontPageShows(marker), 10_000)
      console.log(`[e2e] second process: shown on the first one's / ${Math.round(shownAt - writtenAt)} ms after its PATCH answered`)
      expect(shownAt - writtenAt).toBeLessThanOrEqual(BUDGET_MS)
      expect((await api('PATCH', `/vendors/${vendor.id}`, admin, { name: vendor.name, _status: 'published', changeNote: 'E2E-endring' })).status).toBe(200)
    } finally {
      killGroup(child, 'SIGTERM')
    }
  }, 300_000)
})

describe('the internal route (POST /api/internal/content-changed)', () => {
  const route = () => url('/api/internal/content-changed')
  const signed = (body: string, timestamp = Date.now(), secret = readState().secret) => {
    const key = crypto.createHmac('sha256', secret).update('videoveileder content changes v1').digest()
    return {
      'content-type': 'application/json',
      'x-content-changes-timestamp': String(timestamp),
      'x-content-changes-signature': crypto.createHmac('sha256', key).update(`${timestamp}.${body}`).digest('hex'),
    }
  }

  test('answers a signed announcement 204, not cacheable, and expires what it names', async () => {
    const body = JSON.stringify({ tags: ['vendors'] })
    const res = await fetch(route(), { method: 'POST', headers: signed(body), body })
    expect(res.status).toBe(204)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const page = await fetch(url('/'))
    await page.text()
    expect(page.headers.get('x-nextjs-cache')).not.toBe('HIT')
  })

  test('refuses an unsigned, wrongly signed or stale announcement (401) and unknown tags (400)', async () => {
    const body = JSON.stringify({ tags: ['vendors'] })
    expect((await fetch(route(), { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(401)
    expect((await fetch(route(), { method: 'POST', headers: signed(body, Date.now(), 'x'.repeat(48)), body })).status).toBe(401)
    expect((await fetch(route(), { method: 'POST', headers: signed(body, Date.now() - 61_000), body })).status).toBe(401)
    const unknown = JSON.stringify({ tags: ['users'] })
    const refused = await fetch(route(), { method: 'POST', headers: signed(unknown), body: unknown })
    expect(refused.status).toBe(400)
    expect(refused.headers.get('cache-control')).toBe('no-store')
    expect((await fetch(route())).status).toBe(405)
  })

  test('/api/health reports no failed invalidations in the server after all of the above', async () => {
    const health = await (await fetch(url('/api/health'))).json()
    expect(health).toMatchObject({ status: 'ok', invalidation: { failures: 0, unreachable: 0 } })
  })
})

describe('a script whose announcement reaches no server says so in its exit status', () => {
  let admin: string
  beforeAll(async () => {
    admin = await loginAdmin()
  })

  const nowhere = async () => ({ CONTENT_CHANGES_URL: `http://127.0.0.1:${await freePort()}/api/internal/content-changed` })

  async function draftVendor(): Promise<number> {
    const categories = await api<{ docs: { id: number }[] }>('GET', '/profession-categories?depth=0&sort=order', admin)
    const created = await api<{ doc: { id: number } }>('POST', '/vendors?draft=true', admin, {
      name: `Uvarslet ${unique()}`,
      solutionType: 'standalone',
      professionCategories: [categories.json.docs[0]!.id],
      _status: 'draft',
    })
    expect(created.status).toBe(201)
    return created.json.doc.id
  }

  test('publish:document with a CONTENT_CHANGES_URL where nothing listens publishes, then exits 3 and names the likely cause', async () => {
    const id = await draftVendor()
    const run = await runScript(['scripts/script-runner.mjs', 'scripts/publish.ts', 'vendors', String(id)], /\[publish\] vendors \d+ published/, await nowhere())
    expect(run.output).toContain(`[publish] vendors ${id} published`)
    expect(run.output).toContain(`[publish] vendors ${id} is published, but the running servers were not told (`)
    expect(run.output).toContain('CONTENT_CHANGES_URL or PORT names the wrong address')
    expect(run.code).toBe(3)
    expect((await api<{ _status: string }>('GET', `/vendors/${id}?depth=0`, admin)).json._status).toBe('published')
  }, 300_000)

  test('publish:document with a CONTENT_CHANGES_URL that answers with an error exits 3', async () => {
    const id = await draftVendor()
    const run = await runScript(['scripts/script-runner.mjs', 'scripts/publish.ts', 'vendors', String(id)], /\[publish\] vendors \d+ published/, {
      CONTENT_CHANGES_URL: url('/api/internal/no-such-route'),
    })
    expect(run.output).toMatch(/is published, but the running servers were not told \(\d+ announcements? undelivered, the last: a content change was not delivered: answered [45]\d\d\)/)
    expect(run.code).toBe(3)
  }, 300_000)

  test('npm run seed that loaded something and told no server exits 3', async () => {
    const page = await frontPage()
    const vendors = await api<{ docs: { id: number; name: string }[] }>('GET', '/vendors?limit=200&depth=0&where[_status][equals]=published', admin)
    const victim = vendors.json.docs.filter((v) => !/\b[0-9a-f]{8}\b/.test(v.name) && page.includes(`>${v.name}<`)).at(0)!
    expect(victim).toBeDefined()
    expect((await api('DELETE', `/vendors/${victim.id}`, admin)).status).toBe(200)
    const run = await runScript(['scripts/seed-runner.mjs'], /\[seed\] done/, await nowhere())
    expect(run.output).toMatch(/\[seed\] vendors: \{"created":[1-9]\d*,/)
    expect(run.output).toContain('[seed] the guide is loaded, but the running servers were not told (1 announcement undelivered')
    expect(run.code).toBe(3)
  }, 300_000)
})
