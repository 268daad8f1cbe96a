import crypto from 'node:crypto'

import { signShareCookie, verifyShareCookie } from '../../../src/preview/shareLinks'
import { expiryAfter, hashShareToken, isLinkDays, isShareTokenShape, newShareToken } from '../../../src/preview/shareToken'

describe('share-link tokens', () => {
  it('are 32 random bytes in base64url, stored as their SHA-256 in hex', () => {
    const token = newShareToken()
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    expect(isShareTokenShape(token)).toBe(true)
    expect(newShareToken()).not.toBe(token)
    expect(hashShareToken(token)).toBe(crypto.createHash('sha256').update(token).digest('hex'))
    expect(hashShareToken(token)).toMatch(/^[0-9a-f]{64}$/)
    for (const bad of ['', 'abc', `${token}x`, token.replace(/.$/, '+'), 42, null]) expect(isShareTokenShape(bad)).toBe(false)
  })

  it('live a whole number of days from 1 to 30', () => {
    for (const days of [1, 7, 30]) expect(isLinkDays(days)).toBe(true)
    for (const days of [0, 31, -1, 2.5, '7', NaN, null]) expect(isLinkDays(days)).toBe(false)
    expect(expiryAfter(30, new Date('2026-12-01T12:00:00.000Z'))).toBe('2026-12-31T12:00:00.000Z')
  })
})

describe("the share link's cookie", () => {
  const secret = 'a secret of at least thirty-two characters'
  const now = Date.parse('2026-12-01T12:00:00.000Z')

  it('names its link while its signature holds and it has not run out', () => {
    const value = signShareCookie(secret, 17, now + 1000)
    expect(verifyShareCookie(secret, value, now)).toBe('17')
    expect(verifyShareCookie(secret, value, now + 1000)).toBeNull()
    expect(verifyShareCookie('another secret of thirty-two characters', value, now)).toBeNull()
  })

  it('names nothing when changed: another link, a later end, a broken signature', () => {
    const value = signShareCookie(secret, 17, now + 1000)
    const [, until, sig] = value.split('.')
    expect(verifyShareCookie(secret, `18.${until}.${sig}`, now)).toBeNull()
    expect(verifyShareCookie(secret, `17.${Number(until) + 1}.${sig}`, now)).toBeNull()
    expect(verifyShareCookie(secret, `17.${until}.${sig!.slice(1)}A`, now)).toBeNull()
    for (const bad of [undefined, '', 'x', 'x'.repeat(300)]) expect(verifyShareCookie(secret, bad, now)).toBeNull()
  })
})
