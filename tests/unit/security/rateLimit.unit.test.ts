import { clientAddress, createRateLimit } from '../../../src/security/rateLimit'

describe('createRateLimit', () => {
  it('lets max requests through per window and key, refuses the next with the seconds until one falls out', () => {
    const check = createRateLimit({ max: 2, windowMs: 60_000 })
    expect([check('a', 0), check('a', 10_000), check('b', 10_000)].map((v) => v.allowed)).toEqual([true, true, true])
    expect(check('a', 20_000)).toEqual({ allowed: false, retryAfterSeconds: 40 })
    expect(check('a', 60_001).allowed).toBe(true)
  })

  it('forgets the oldest key when it holds more than maxKeys', () => {
    const check = createRateLimit({ max: 1, windowMs: 60_000 }, 2)
    for (const key of ['a', 'b', 'c']) check(key, 0)
    expect([check('a', 1).allowed, check('c', 1).allowed]).toEqual([true, false])
  })
})

describe('clientAddress', () => {
  it('is the last X-Forwarded-For entry (the one the nearest proxy added), then X-Real-IP, then "unknown"', () => {
    expect(clientAddress(new Headers({ 'X-Forwarded-For': '203.0.113.9, 192.0.2.1' }))).toBe('192.0.2.1')
    expect(clientAddress(new Headers({ 'X-Real-IP': '192.0.2.2' }))).toBe('192.0.2.2')
    expect(clientAddress(new Headers())).toBe('unknown')
  })
})
