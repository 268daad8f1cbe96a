import { readLimitedForm } from '../../../src/security/limitedForm'

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://localhost/x', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, duplex: 'half' } as RequestInit)

/** A body sent in chunks with no Content-Length, as a client may. */
function chunked(parts: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream({
    pull(controller) {
      const next = parts.shift()
      if (next === undefined) controller.close()
      else controller.enqueue(encoder.encode(next))
    },
  })
}

describe('readLimitedForm', () => {
  it('reads a small form', async () => {
    const answer = await readLimitedForm(post('name=Kari&email=kari%40example.no'), 1024)
    expect(answer.ok && { name: answer.form.get('name'), email: answer.form.get('email') }).toEqual({ name: 'Kari', email: 'kari@example.no' })
  })

  it('refuses a declared body over the limit without reading it', async () => {
    expect(await readLimitedForm(post('a=1', { 'content-length': '5000' }), 1024)).toEqual({ ok: false, status: 413 })
  })

  it('stops a chunked body without Content-Length as soon as it passes the limit', async () => {
    const parts = Array.from({ length: 50 }, () => 'a'.repeat(100))
    const answer = await readLimitedForm(post(chunked(['name=', ...parts])), 1024)
    expect(answer).toEqual({ ok: false, status: 413 })
  })

  it('answers 400 for a body that is not a form', async () => {
    expect(await readLimitedForm(post('{}', { 'content-type': 'application/json' }), 1024)).toEqual({ ok: false, status: 400 })
  })
})
