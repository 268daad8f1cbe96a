import { sign, verifySignature } from '../security/signing'

/** The signing purpose of the form's issued-at token (src/security/signing.ts): a key of its own. */
const PURPOSE = 'videoveileder registration form v1'

/** The least time a person takes to fill in the form; a bot posts at once. REGISTRATION_MIN_FILL_MS overrides it (tests). */
export const DEFAULT_MIN_FILL_MS = 3000

/** How long a form page stays usable: a form left open overnight is sent again with a new token. */
export const FORM_TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000

export function minFillMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = Number(env.REGISTRATION_MIN_FILL_MS)
  return Number.isFinite(raw) && raw >= 0 && env.REGISTRATION_MIN_FILL_MS?.trim() ? raw : DEFAULT_MIN_FILL_MS
}

/** `<issued-at ms>.<HMAC>`: when the form page was rendered, signed so no client can backdate it. */
export function issueFormToken(secret: string, now = Date.now()): string {
  const body = String(now)
  return `${body}.${sign(secret, PURPOSE, body)}`
}

export type FormTokenCheck = 'ok' | 'too-fast' | 'invalid'

/** Whether the form was filled in by something slower than a bot, from a page this site rendered today. */
export function checkFormToken(secret: string, token: unknown, now = Date.now(), minimumMs = minFillMs()): FormTokenCheck {
  if (typeof token !== 'string' || token.length > 100) return 'invalid'
  const [body, signature, ...rest] = token.split('.')
  if (!body || !signature || rest.length || !/^\d{1,15}$/.test(body)) return 'invalid'
  if (!verifySignature(secret, PURPOSE, body, signature)) return 'invalid'
  const age = now - Number(body)
  if (age < 0 || age > FORM_TOKEN_MAX_AGE_MS) return 'invalid'
  return age < minimumMs ? 'too-fast' : 'ok'
}
