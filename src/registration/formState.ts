import crypto from 'node:crypto'

import { signingKey } from '../security/signing'
import type { KeptValues, Problems } from './fields'

/**
 * A refused form is shown again by the form page itself (after a 303, so a reload posts nothing): what was
 * wrong and the values typed, never the password, travel in a short-lived cookie, encrypted and
 * authenticated (AES-256-GCM under a key of its own), so nobody else can read or forge what the page shows.
 */
export const FORM_STATE_COOKIE = 'vv-registrering'
export const FORM_STATE_MAX_AGE_S = 10 * 60

const PURPOSE = 'videoveileder registration form state v1'

export type FormState = { problems: Problems; values: KeptValues; at: number }

export function sealFormState(secret: string, state: Omit<FormState, 'at'>, now = Date.now()): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', signingKey(secret, PURPOSE), iv)
  const body = Buffer.concat([cipher.update(JSON.stringify({ ...state, at: now }), 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.')
}

/** The state in the cookie, or null when it is missing, forged, unreadable or older than its lifetime. */
export function openFormState(secret: string, sealed: string | undefined, now = Date.now()): FormState | null {
  if (!sealed || sealed.length > 8000) return null
  const [iv, tag, body, ...rest] = sealed.split('.')
  if (!iv || !tag || !body || rest.length) return null
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', signingKey(secret, PURPOSE), Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    const json = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
    const state = JSON.parse(json) as FormState
    if (typeof state.at !== 'number' || now - state.at > FORM_STATE_MAX_AGE_S * 1000 || now < state.at - 60_000) return null
    return { problems: state.problems ?? {}, values: state.values ?? {}, at: state.at }
  } catch {
    return null
  }
}
