import crypto from 'node:crypto'

/**
 * One signing key per purpose: HMAC-SHA256 of the purpose's label under the app's secret (PAYLOAD_SECRET).
 * Why a label: a value signed for one purpose (a share-link cookie) can never be replayed as another (an
 * unsubscribe link), and no signature here is one Payload itself makes with the bare secret.
 */
export function signingKey(secret: string, purpose: string): Buffer {
  return crypto.createHmac('sha256', secret).update(purpose).digest()
}

/** The signature of `body` for this purpose, base64url (43 characters). */
export function sign(secret: string, purpose: string, body: string): string {
  return crypto.createHmac('sha256', signingKey(secret, purpose)).update(body).digest('base64url')
}

/** Whether `signature` is this purpose's signature of `body`, compared in constant time. */
export function verifySignature(secret: string, purpose: string, body: string, signature: string): boolean {
  const expected = Buffer.from(sign(secret, purpose, body))
  const given = Buffer.from(signature)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}
