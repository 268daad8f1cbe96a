import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { openBrowser, type Browser } from './helpers/browser'

const BUDGET_BYTES = 150 * 1024

// Strings that would only reach a browser bundle if server code (Payload, the database, src/content) leaked.
const SERVER_ONLY_MARKERS = ['overrideAccess', 'PAYLOAD_SECRET', 'DATABASE_URI', 'libsql', 'drizzle-orm', 'getPayload']

describe('JavaScript the public pages ship', () => {
  let browser: Browser
  const bodies = new Map<string, Buffer>()

  beforeAll(async () => {
    browser = await openBrowser()
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

  test('the scripts / loads sum to at most 150 KB gzipped', async () => {
    await browser.page.goto('/', { waitUntil: 'networkidle' })
    const sizes = [...bodies.values()].map((b) => zlib.gzipSync(b, { level: 9 }).length)
    const total = sizes.reduce((a, b) => a + b, 0)
    console.log(`[e2e] JavaScript on /: ${sizes.length} scripts, ${(total / 1024).toFixed(1)} KB gzipped`)
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES)
  }, 60_000)

  test('no server code (Payload, the database, the content module) reaches a browser bundle', async () => {
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
