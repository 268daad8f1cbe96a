import crypto from 'node:crypto'

import { verifyAnnouncement } from '../../../src/invalidation/index.mjs'

// What the internal route accepts. The signature is computed here by hand from the documented scheme, not
// with the code under test.
const SECRET = 'unit-secret-unit-secret-unit-secret-0123'
const NOW = 1_800_000_000_000
const key = crypto.createHmac('sha256', SECRET).update('videoveileder content changes v1').digest()
const signed = (body: string, timestamp = NOW) => ({
  body,
  timestamp: String(timestamp),
  signature: crypto.createHmac('sha256', key).update(`${timestamp}.${body}`).digest('hex'),
  secret: SECRET,
  now: NOW,
})

describe('verifyAnnouncement', () => {
  it('accepts a signed, fresh body naming known tags, without duplicates', () => {
    expect(verifyAnnouncement(signed('{"tags":["vendors","search","vendors"]}'))).toEqual({ ok: true, tags: ['vendors', 'search'] })
  })

  it('accepts a clock up to 60 s apart either way, and refuses anything older or further ahead (401)', () => {
    expect(verifyAnnouncement(signed('{"tags":["vendors"]}', NOW - 60_000)).ok).toBe(true)
    expect(verifyAnnouncement(signed('{"tags":["vendors"]}', NOW + 60_000)).ok).toBe(true)
    expect(verifyAnnouncement(signed('{"tags":["vendors"]}', NOW - 60_001))).toMatchObject({ ok: false, status: 401, reason: 'stale timestamp' })
    expect(verifyAnnouncement(signed('{"tags":["vendors"]}', NOW + 60_001))).toMatchObject({ ok: false, status: 401 })
  })

  it('refuses a wrong, missing or other-secret signature, and a body changed after signing (401)', () => {
    const good = signed('{"tags":["vendors"]}')
    expect(verifyAnnouncement({ ...good, signature: good.signature.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) })).toMatchObject({ status: 401 })
    expect(verifyAnnouncement({ ...good, signature: null })).toMatchObject({ status: 401 })
    expect(verifyAnnouncement({ ...good, timestamp: null })).toMatchObject({ status: 401 })
    expect(verifyAnnouncement({ ...good, secret: 'another-secret-another-secret-0123456' })).toMatchObject({ status: 401 })
    expect(verifyAnnouncement({ ...good, body: '{"tags":["articles"]}' })).toMatchObject({ status: 401 })
    expect(verifyAnnouncement({ ...good, timestamp: String(NOW + 1) })).toMatchObject({ status: 401 })
  })

  it('refuses unknown tags, no tags and a body that is not JSON (400), even when signed', () => {
    expect(verifyAnnouncement(signed('{"tags":["vendors","users"]}'))).toMatchObject({ ok: false, status: 400, reason: 'unknown tags: users' })
    expect(verifyAnnouncement(signed('{"tags":[]}'))).toMatchObject({ status: 400 })
    expect(verifyAnnouncement(signed('{"tag":"vendors"}'))).toMatchObject({ status: 400 })
    expect(verifyAnnouncement(signed('tags=vendors'))).toMatchObject({ status: 400 })
  })

  it('refuses a body over 4 KB before anything else (413)', () => {
    expect(verifyAnnouncement(signed(JSON.stringify({ tags: ['vendors'], pad: 'x'.repeat(4100) })))).toMatchObject({ status: 413 })
  })
})
