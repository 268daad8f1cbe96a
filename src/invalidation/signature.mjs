// The internal route trusts an announcement only when it is signed with a key every process of the app can
// derive from PAYLOAD_SECRET, and only for a minute: a copied request cannot be replayed later, and nothing but
// the app can make the site expire its caches.
import crypto from 'node:crypto'

import { isContentTag } from './tags.mjs'

export const TIMESTAMP_HEADER = 'x-content-changes-timestamp'
export const SIGNATURE_HEADER = 'x-content-changes-signature'
/** How old (or how far ahead, clocks differ) an announcement may be. */
export const MAX_AGE_MS = 60_000
/** An announcement names a few tags; anything longer is not one. */
export const MAX_BODY_BYTES = 4096

/**
 * The signing key: HMAC-SHA256 of a fixed label under PAYLOAD_SECRET, so that the secret itself never signs
 * anything but Payload's own tokens.
 * @param {string} secret
 */
function deriveKey(secret) {
  return crypto.createHmac('sha256', secret).update('videoveileder content changes v1').digest()
}

/**
 * HMAC-SHA256 (hex) of `<timestamp>.<body>` under the derived key.
 * @param {string} body
 * @param {string} secret
 * @param {number} timestamp milliseconds since the epoch
 */
function sign(body, secret, timestamp) {
  return crypto.createHmac('sha256', deriveKey(secret)).update(`${timestamp}.${body}`).digest('hex')
}

/** @param {string} body @param {string} secret @param {number} [now] */
export function signedHeaders(body, secret, now = Date.now()) {
  return { [TIMESTAMP_HEADER]: String(now), [SIGNATURE_HEADER]: sign(body, secret, now) }
}

/**
 * @typedef {{ ok: true, tags: import('./tags.mjs').ContentTag[] }
 *   | { ok: false, status: 400 | 401 | 413, reason: string }} Verdict
 */

/**
 * Checks an announcement as the route received it: signature and age first (401), then the body (400: JSON
 * `{ tags }` naming known tags only).
 * @param {{ body: string, timestamp: string | null, signature: string | null, secret: string, now?: number }} request
 * @returns {Verdict}
 */
export function verifyAnnouncement({ body, timestamp, signature, secret, now = Date.now() }) {
  if (Buffer.byteLength(body, 'utf8') > MAX_BODY_BYTES) return { ok: false, status: 413, reason: 'body too large' }
  const at = Number(timestamp)
  if (!timestamp || !Number.isSafeInteger(at)) return { ok: false, status: 401, reason: 'missing timestamp' }
  if (Math.abs(now - at) > MAX_AGE_MS) return { ok: false, status: 401, reason: 'stale timestamp' }
  const expected = Buffer.from(sign(body, secret, at), 'hex')
  const given = Buffer.from(/^[0-9a-f]{64}$/i.test(signature ?? '') ? /** @type {string} */ (signature) : '', 'hex')
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return { ok: false, status: 401, reason: 'bad signature' }
  let parsed
  try {
    parsed = JSON.parse(body)
  } catch {
    return { ok: false, status: 400, reason: 'body is not JSON' }
  }
  const tags = parsed?.tags
  if (!Array.isArray(tags) || tags.length === 0) return { ok: false, status: 400, reason: 'tags must be a non-empty list' }
  const unknown = tags.filter((tag) => !isContentTag(tag))
  if (unknown.length) return { ok: false, status: 400, reason: `unknown tags: ${unknown.map(String).join(', ').slice(0, 200)}` }
  return { ok: true, tags: [...new Set(tags)] }
}
