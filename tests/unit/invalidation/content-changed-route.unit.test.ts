import { MAX_BODY_BYTES, signedHeaders } from '../../../src/invalidation/signature.mjs'

// The internal route (app/api/internal/content-changed) refuses a body over 4 KB without reading it: at once
// when the declared length says so, and after at most the limit otherwise. Called as Next calls it, with a Request.
const { POST } = await import('../../../app/api/internal/content-changed/route')

const route = 'http://localhost/api/internal/content-changed'

/** A body of 1 MB, pulled a kilobyte at a time, and how much of it was pulled. */
function largeBody() {
  const pulled = { bytes: 0, cancelled: false }
  const chunk = new TextEncoder().encode('x'.repeat(1024))
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= 1024 * 1024) return controller.close()
      pulled.bytes += chunk.byteLength
      controller.enqueue(chunk)
    },
    cancel() {
      pulled.cancelled = true
    },
  })
  return { stream, pulled }
}

describe('POST /api/internal/content-changed: the 4 KB limit', () => {
  it('answers 413 on a declared content-length over the limit, before reading the body', async () => {
    const { stream, pulled } = largeBody()
    const response = await POST(
      new Request(route, { method: 'POST', headers: { 'content-length': String(MAX_BODY_BYTES + 1), 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit),
    )
    expect(response.status).toBe(413)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(pulled.bytes).toBeLessThanOrEqual(1024 * 2)
  })

  it('answers 413 on a body without a length that goes past the limit, and stops reading there', async () => {
    const { stream, pulled } = largeBody()
    const response = await POST(new Request(route, { method: 'POST', body: stream, duplex: 'half' } as RequestInit))
    expect(response.status).toBe(413)
    expect(pulled.bytes).toBeLessThanOrEqual(MAX_BODY_BYTES + 3 * 1024)
    expect(pulled.cancelled).toBe(true)
  })

  it('still reads a body within the limit: a signed announcement of an unknown tag is a 400, not a 413', async () => {
    const body = JSON.stringify({ tags: ['users'] })
    const response = await POST(new Request(route, { method: 'POST', headers: signedHeaders(body, process.env.PAYLOAD_SECRET!), body }))
    expect(response.status).toBe(400)
  })
})
