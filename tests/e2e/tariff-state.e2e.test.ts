import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, test } from '@jest/globals'

import { freePort, killGroup, startProductionServer } from '../helpers/server'
import { api, editorToken, loginAdmin, unique } from './helpers/api'
import { readState } from './helpers/state'

// Issue 11 item 4: a tariff's state on the site (upcoming, current, expired) changes at its dates with nobody
// republishing. /takster is a cached page (an hour), so without the boundary job it would still say
// "upcoming" after the tariff's first day had begun. A date boundary cannot wait for a real midnight: a second
// production server on the same database runs with its clock moved to a few seconds before the tariff's first
// day begins in Oslo (tests/e2e/helpers/shiftedClock.mjs; only Date moves). It runs the jobs that are due by its
// clock, so the boundary job the publish queued runs there at "midnight".

const DAY = 86_400_000

/** The instant an Oslo day begins (its midnight is 23:00 or 22:00 UTC the day before). */
function osloMidnight(day: string): number {
  for (const hours of [1, 2]) {
    const candidate = new Date(`${day}T00:00:00.000Z`).getTime() - hours * 3_600_000
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(candidate)
    if (local === '00:00') return candidate
  }
  throw new Error(`no Oslo midnight for ${day}`)
}

/**
 * The state the page gives the tariff's row (`<tr id="takst-ID" data-status="...">`), read from the HTML or,
 * where the table arrives in React's payload of the page, from that (`"id":"takst-ID","data-status":"..."`).
 */
function statusOf(html: string, id: number | string): string | undefined {
  const row = html.match(new RegExp(`<tr\\b[^>]*\\bid="takst-${id}"[^>]*>`))?.[0]
  const inHtml = row?.match(/data-status="(\w+)"/)?.[1]
  return inHtml ?? html.match(new RegExp(`\\\\"id\\\\":\\\\"takst-${id}\\\\",\\\\"data-status\\\\":\\\\"(\\w+)`))?.[1]
}

describe("a tariff's state on /takster changes at its date without a publish", () => {
  test('upcoming a few seconds before its first day begins, current right after, with nobody acting', async () => {
    const state = readState()
    const admin = await loginAdmin()
    const editor = await editorToken()
    // Its first day: the day after tomorrow in Oslo.
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(Date.now() + 2 * DAY)
    const boundary = osloMidnight(day)
    const code = `E2E${unique()}`
    const created = await api<{ doc: { id: number } }>('POST', '/tariffs?draft=true', editor, {
      code,
      title: 'Takst som snart gjelder',
      professions: ['lege'],
      effectiveFrom: `${day}T12:00:00.000Z`,
      changeNote: 'Ny takst fra neste uke.',
      _status: 'draft',
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    expect((await api('POST', '/workflow/transition', editor, { collection: 'tariffs', id, to: 'in-review' })).status).toBe(200)
    expect((await api('PATCH', `/tariffs/${id}`, admin, { _status: 'published', changeNote: 'Ny takst fra neste uke.' })).status).toBe(200)

    const jobs = await api<{ docs: { waitUntil: string }[] }>('GET', `/payload-jobs?depth=0&where[taskSlug][equals]=announceTariffBoundary&where[input.tariff][equals]=${id}`, admin)
    expect(jobs.json.docs.map((j) => new Date(j.waitUntil).getTime())).toEqual([boundary])

    const offsetFile = path.join(state.dir, `clock-offset-${unique()}`)
    // Start two minutes before the boundary: the server takes its time to start.
    fs.writeFileSync(offsetFile, String(boundary - 120_000 - Date.now()))
    const port = await freePort()
    const logFile = path.join(state.dir, 'shifted-clock-server.log')
    const shifted = `http://localhost:${port}`
    const route = `http://127.0.0.1:${port}/api/internal/content-changed`
    const child = await startProductionServer({
      baseURL: shifted,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NODE_OPTIONS: `--import ${path.resolve('tests/e2e/helpers/shiftedClock.mjs')}`,
        CLOCK_OFFSET_FILE: offsetFile,
        PAYLOAD_SECRET: state.secret,
        DATABASE_URI: `file:${path.join(state.dir, 'e2e.db')}`,
        MEDIA_DIR: path.join(state.dir, 'media'),
        PORT: String(port),
        SERVER_URL: shifted,
        // Its announcements are signed by its clock: it tells only itself.
        CONTENT_CHANGES_URL: route,
        SEED_ON_EMPTY: 'false',
      },
      logFile,
      timeoutMs: 180_000,
    })
    try {
      // Eight seconds before the boundary, by the server's clock.
      const offset = boundary - 8_000 - Date.now()
      fs.writeFileSync(offsetFile, String(offset))
      // The server reads the file every 100 ms.
      await new Promise((resolve) => setTimeout(resolve, 500))
      const page = async () => (await fetch(`${shifted}/takster`)).text()
      const first = await page()
      if (!statusOf(first, id)) console.log(`[e2e] /takster on the shifted server has no row for takst-${id}: ${first.slice(first.indexOf(code) - 400, first.indexOf(code) + 200)}`)
      expect(statusOf(first, id)).toBe('upcoming')
      // Rendered once more from the cache: still upcoming, and cached.
      expect(statusOf(await page(), id)).toBe('upcoming')

      let currentAt = 0
      while (Date.now() + offset < boundary + 30_000) {
        if (statusOf(await page(), id) === 'current') {
          currentAt = Date.now() + offset
          break
        }
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      if (!currentAt) {
        const log = fs.readFileSync(logFile, 'utf8').split('\n').filter((line) => /job|announce|invalidation|error/i.test(line))
        console.log(`[e2e] still not current; the shifted server's log says:\n${log.slice(-30).join('\n')}`)
      }
      expect(currentAt).toBeGreaterThan(0)
      console.log(`[e2e] tariff boundary: /takster shows the tariff as current ${currentAt - boundary} ms after its first day began (server clock)`)
      expect(currentAt).toBeGreaterThanOrEqual(boundary)
    } finally {
      killGroup(child, 'SIGTERM')
      fs.rmSync(offsetFile, { force: true })
    }
  }, 400_000)
})
