import { describe, expect, test } from '@jest/globals'

import { api, loginAdmin, url } from './helpers/api'

/**
 * Issue 9 against the production server that `npm start` runs (not in-process): requests that used to take
 * the process down or answer 500 are refused with 400, quickly, and the server keeps serving the guide.
 * The seeded articles relate to each other, so a deep GraphQL query on them fans out for real.
 */
const QUICKLY_MS = 5000

async function graphql(query: string): Promise<{ status: number; ms: number; body: { data?: unknown; errors?: { message: string }[] } }> {
  const started = Date.now()
  const res = await fetch(url('/api/graphql'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query }) })
  return { status: res.status, ms: Date.now() - started, body: (await res.json()) as never }
}

function relatedChain(levels: number): string {
  let selection = 'title'
  for (let i = 0; i < levels; i++) selection = `title relatedArticles { ${selection} }`
  return selection
}

async function expectStillServing(): Promise<void> {
  const health = await fetch(url('/api/health'))
  expect(health.status).toBe(200)
  const guide = await fetch(url('/'))
  expect(guide.status).toBe(200)
}

describe('the production server refuses abusive API requests and keeps serving', () => {
  test('anonymous GraphQL: the 30-level relatedArticles query answers 400 quickly, in Norwegian', async () => {
    const refused = await graphql(`{ Articles(limit: 100) { docs { ${relatedChain(30)} } } }`)
    expect(refused.status).toBe(400)
    expect(refused.body.data ?? null).toBeNull()
    expect(refused.body.errors?.[0]?.message).toMatch(/relasjon|dyp|nøst/i)
    expect(refused.ms).toBeLessThan(QUICKLY_MS)
    await expectStillServing()
  })

  test('anonymous GraphQL: 200 aliases of a relationship three deep answer 400 quickly', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: relatedArticles { relatedArticles { relatedArticles { title } } }`).join(' ')
    const refused = await graphql(`{ Articles(limit: 100) { docs { ${aliases} } } }`)
    expect(refused.status).toBe(400)
    expect(refused.ms).toBeLessThan(QUICKLY_MS)
    await expectStillServing()
  })

  test('anonymous GraphQL nested 5,000 brackets deep answers 400, not a stack overflow', async () => {
    const refused = await graphql(`{ ${'Articles { docs { '.repeat(2500)}title${' } }'.repeat(2500)} }`)
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).not.toMatch(/Maximum call stack/)
    await expectStillServing()
  })

  test('anonymous REST lists are capped at 100 a page', async () => {
    for (const query of ['limit=1000000', 'limit=0', 'pagination=false']) {
      const res = await api<{ docs: unknown[] }>('GET', `/tariffs?${query}&depth=0`)
      expect({ query, status: res.status }).toEqual({ query, status: 200 })
      expect(res.json.docs.length).toBeLessThanOrEqual(100)
    }
    expect((await api('GET', '/tariffs?limit=abc')).status).toBe(400)
  })

  test('a client mistake answers 4xx in Norwegian by default, also from the production build', async () => {
    const res = await fetch(url('/api/articles/abc'))
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/ikke en gyldig ID/)
    const login = await fetch(url('/api/users/login'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"email":' })
    expect(login.status).toBe(400)
    expect(JSON.stringify(await login.json())).not.toMatch(/An unknown error occurred|Something went wrong/)
  })

  test('a raw NUL byte in an upload file name answers 400 with a message, and nothing is stored', async () => {
    const token = await loginAdmin()
    const before = (await api<{ totalDocs: number }>('GET', '/media?limit=1&depth=0', token)).json.totalDocs
    const boundary = 'vv-raw-nul-boundary'
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="logo\u0000.png"\r\nContent-Type: image/png\r\n\r\n`, 'latin1'),
      Buffer.from('not really a png'),
      Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"NUL"}\r\n--${boundary}--\r\n`, 'latin1'),
    ])
    const res = await fetch(url('/api/media'), {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body,
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/Skjemaet kunne ikke leses/)
    expect((await api<{ totalDocs: number }>('GET', '/media?limit=1&depth=0', token)).json.totalDocs).toBe(before)
    await expectStillServing()
  })
})
