import crypto from 'node:crypto'

import { sign, verifySignature } from '../security/signing'

/** What a signed link does: confirm a new subscription (expires), or end one (valid as long as it exists). */
export type TokenPurpose = 'confirm' | 'unsubscribe'

/** How long a confirmation link works; an unconfirmed subscription older than this is deleted. */
export const CONFIRM_TTL_MS = 48 * 60 * 60 * 1000

type Claims = { p: TokenPurpose; s: string; h: string; e: number }

export type TokenCheck = { ok: true; subscription: string } | { ok: false; reason: 'malformed' | 'forged' | 'expired' | 'wrong-purpose' }

/** The links' signing purpose (src/security/signing.ts): a key of their own, so no other token can be replayed here. */
const TOKEN_PURPOSE = 'videoveileder subscriptions v1'

/** Binds a token to the address as well as the id, so an id reused after a delete opens nothing. */
export function addressHash(email: string): string {
  return crypto.createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 22)
}

/** A signed token for one subscription: `<claims>.<HMAC>`, both base64url. `expiresAt` 0: no expiry. */
export function signToken(secret: string, args: { purpose: TokenPurpose; subscription: number | string; email: string; expiresAt: number }): string {
  const claims: Claims = { p: args.purpose, s: String(args.subscription), h: addressHash(args.email), e: args.expiresAt }
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${body}.${sign(secret, TOKEN_PURPOSE, body)}`
}

function readClaims(body: string): Claims | null {
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<Claims>
    const valid =
      (claims.p === 'confirm' || claims.p === 'unsubscribe') && typeof claims.s === 'string' && typeof claims.h === 'string' && typeof claims.e === 'number'
    return valid ? (claims as Claims) : null
  } catch {
    return null
  }
}

/**
 * Checks a token's signature (in constant time), purpose and expiry. The caller still compares the claimed
 * address hash with the stored subscription's (`claimsOf`), since only the database knows the address.
 */
export function verifyToken(secret: string, token: unknown, purpose: TokenPurpose, now = Date.now()): TokenCheck & { addressHash?: string } {
  if (typeof token !== 'string' || token.length > 512) return { ok: false, reason: 'malformed' }
  const [body, signature, ...rest] = token.split('.')
  if (!body || !signature || rest.length) return { ok: false, reason: 'malformed' }
  if (!verifySignature(secret, TOKEN_PURPOSE, body, signature)) return { ok: false, reason: 'forged' }
  const claims = readClaims(body)
  if (!claims) return { ok: false, reason: 'malformed' }
  if (claims.p !== purpose) return { ok: false, reason: 'wrong-purpose' }
  if (claims.e !== 0 && claims.e < now) return { ok: false, reason: 'expired' }
  return { ok: true, subscription: claims.s, addressHash: claims.h }
}
