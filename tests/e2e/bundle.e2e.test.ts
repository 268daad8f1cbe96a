import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { url } from './helpers/api'
import { openBrowser, type Browser } from './helpers/browser'

const BUDGET_BYTES = 150 * 1024

// Strings that would only reach a browser bundle if server code (Payload, the database, src/content) leaked.
const SERVER_ONLY_MARKERS = ['overrideAccess', 'PAYLOAD_SECRET', 'DATABASE_URI', 'libsql', 'drizzle-orm', 'getPayload']

describe('JavaScript the public pages ship', () => {
  let browser: Browser
  const bodies = new Map<string, Buffer>()

  beforeAll(async () => {
    browser = await openBrowser()
    bodies.clear()
    browser.page.on('response', async (res) => {
      if (res.request().resourceType() !== 'script') return
      try {
        bodies.set(res.url(), await res.body())
      } catch {
        // a script that failed to load counts as nothing
      }
    })
  })
  afterAll(() => browser?.close())

  const gzipped = () => [...bodies.values()].reduce((sum, b) => sum + zlib.gzipSync(b, { level: 9 }).length, 0)

  test('a reader gets no framework script: the guide runs none, the directory only its filter script', async () => {
    await browser.page.goto('/', { waitUntil: 'networkidle' })
    console.log(`[e2e] JavaScript on /: ${bodies.size} scripts, ${(gzipped() / 1024).toFixed(1)} KB gzipped`)
    expect([...bodies.keys()]).toEqual([])
    await browser.page.goto('/leverandorer', { waitUntil: 'networkidle' })
    expect([...bodies.keys()].map((u) => new URL(u).pathname)).toEqual(['/scripts/directory-filters.js'])
    console.log(`[e2e] JavaScript on /leverandorer: ${(gzipped() / 1024).toFixed(1)} KB gzipped`)
    expect(gzipped()).toBeLessThanOrEqual(15 * 1024)
  }, 60_000)

  test('with an editor session (and so in previews) the runtime loads, within 150 KB gzipped on /', async () => {
    bodies.clear()
    // Any payload-token cookie marks a session for the server; Payload itself ignores an invalid one.
    await browser.context.addCookies([{ name: 'payload-token', value: 'not-a-session', url: browser.page.url() }])
    await browser.page.goto('/', { waitUntil: 'networkidle' })
    console.log(`[e2e] JavaScript on / with a session: ${bodies.size} scripts, ${(gzipped() / 1024).toFixed(1)} KB gzipped`)
    expect(bodies.size).toBeGreaterThan(3)
    expect(gzipped()).toBeLessThanOrEqual(BUDGET_BYTES)
  }, 60_000)

  test('no server code (Payload, the database, the content module) reaches a browser bundle', async () => {
    // With a session cookie the pages load Next's runtime and every client chunk they use.
    await browser.context.addCookies([{ name: 'payload-token', value: 'not-a-session', url: url('/') }])
    for (const path of ['/leverandorer', '/nn/takster', '/en/sok?q=video', '/finnes-ikke']) {
      await browser.page.goto(path, { waitUntil: 'networkidle' })
    }
    expect(bodies.size).toBeGreaterThan(3)
    const leaks = [...bodies].flatMap(([url, body]) => {
      const text = body.toString('utf8')
      return SERVER_ONLY_MARKERS.filter((m) => text.includes(m)).map((m) => `${m} in ${url}`)
    })
    expect(leaks).toEqual([])
  }, 60_000)
})
