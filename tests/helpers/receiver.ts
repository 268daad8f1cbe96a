import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** One POST the receiver got, with the signature checked the way the documented scheme says. */
export type Received = { tags: unknown; body: string; timestamp: string; signature: string; signedCorrectly: boolean; path: string }

/**
 * A small HTTP server standing in for an app process's internal route (app/api/internal/content-changed):
 * records every announcement and answers `status` (or nothing at all, when `status` is 'hang').
 * The signature is checked by hand here, from the scheme in the README (HMAC-SHA256 under a key that is
 * HMAC-SHA256 of "videoveileder content changes v1" under PAYLOAD_SECRET, over "<timestamp>.<body>").
 */
export async function startReceiver(secret = process.env.PAYLOAD_SECRET!) {
  const received: Received[] = []
  const state = { status: 204 as number | 'hang', onReceive: undefined as undefined | ((r: Received) => Promise<void>) }
  const key = crypto.createHmac('sha256', secret).update('videoveileder content changes v1').digest()
  const server = http.createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk) => (body += chunk))
    req.on('end', async () => {
      const timestamp = String(req.headers['x-content-changes-timestamp'] ?? '')
      const signature = String(req.headers['x-content-changes-signature'] ?? '')
      const expected = crypto.createHmac('sha256', key).update(`${timestamp}.${body}`).digest('hex')
      let tags: unknown
      try {
        tags = JSON.parse(body).tags
      } catch {
        tags = undefined
      }
      const entry = { tags, body, timestamp, signature, signedCorrectly: signature === expected, path: req.url ?? '' }
      received.push(entry)
      await state.onReceive?.(entry)
      if (state.status === 'hang') return
      res.statusCode = state.status
      res.end(state.status >= 400 ? 'refused by the test receiver' : undefined)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/internal/content-changed`
  return {
    url,
    received,
    state,
    /** Every tag announced so far, in order, across announcements. */
    tags: () => received.flatMap((r) => (Array.isArray(r.tags) ? (r.tags as string[]) : [])),
    clear: () => void (received.length = 0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>

/**
 * For a test file that checks announcements: starts a receiver in a beforeAll and points CONTENT_CHANGES_URL
 * at it; before each test, forgets what it got, answers 204 again and points the variable back at it (a
 * test may have moved it); afterwards turns delivery off again (tests/setupEnv.mjs). The object it returns is
 * filled in place by that beforeAll, so a file takes it once at its top.
 */
export function useReceiver(): Receiver {
  const receiver = {} as Receiver
  beforeAll(async () => {
    Object.assign(receiver, await startReceiver())
    process.env.CONTENT_CHANGES_URL = receiver.url
  })
  afterAll(async () => {
    process.env.CONTENT_CHANGES_URL = 'off'
    await receiver.close?.()
  })
  beforeEach(() => {
    receiver.clear()
    receiver.state.status = 204
    receiver.state.onReceive = undefined
    process.env.CONTENT_CHANGES_URL = receiver.url
  })
  return receiver
}
