import type { Payload } from 'payload'

import type { Lang } from '../i18n/langs'
import { localePath } from '../i18n/paths'
import { readLimitedForm } from '../security/limitedForm'
import { clientAddress, createRateLimit } from '../security/rateLimit'
import { tooManyRequests } from '../security/tooManyRequests'
import { sentFromThisSite } from '../subscriptions/routes'
import { refusalResponse } from '../subscriptions/refusalPage'
import type { KeptValues, Problems } from './fields'
import { HONEYPOT_FIELD, TOKEN_FIELD } from './fields'
import { FORM_STATE_COOKIE, FORM_STATE_MAX_AGE_S, sealFormState } from './formState'
import { checkFormToken } from './formToken'
import { REGISTRATION_PATHS } from './paths'
import { registerVendor } from './register'
import { checkRegistration, keptValues } from './validate'

/** Registrations one address may send in an hour: enough for a person who mistypes, too few for a bot. */
export const REGISTRATION_LIMIT = { max: 5, windowMs: 60 * 60 * 1000 }
const limit = createRateLimit(REGISTRATION_LIMIT)

/** The largest form body read (five short fields, the honeypot and the token), with or without Content-Length. */
const MAX_BODY_BYTES = 8192

const NO_STORE = { 'Cache-Control': 'private, no-store' }

const formCookiePath = (lang: Lang) => localePath(lang, REGISTRATION_PATHS.form)

function cookie(lang: Lang, value: string, maxAge: number): string {
  const secure = process.env.NODE_ENV === 'production' ? '; Secure' : ''
  return `${FORM_STATE_COOKIE}=${value}; Path=${formCookiePath(lang)}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`
}

/** To "check your e-mail" (a success, a known address, or a bot's honeypot: the same answer), clearing any kept form. */
const toSent = (lang: Lang) =>
  new Response(null, { status: 303, headers: { ...NO_STORE, Location: localePath(lang, REGISTRATION_PATHS.sent), 'Set-Cookie': cookie(lang, '', 0) } })

/** Back to the form, which shows what was wrong next to each field and the values typed (never the password). */
function backToForm(lang: Lang, secret: string, problems: Problems, values: KeptValues): Response {
  const sealed = sealFormState(secret, { problems, values })
  return new Response(null, {
    status: 303,
    headers: { ...NO_STORE, Location: `${localePath(lang, REGISTRATION_PATHS.form)}#feil`, 'Set-Cookie': cookie(lang, sealed, FORM_STATE_MAX_AGE_S) },
  })
}

/**
 * POST /for-leverandorer/registrer/send (a plain HTML form, no JavaScript needed): the per-address limit
 * first (429 with Retry-After, before anything is read), then the origin (403), the honeypot (a filled one is
 * answered as a success and stores nothing), the signed fill-in time (too fast or forged: back to the form),
 * then every field; a good one registers the organisation and its first member (./register.ts). Every answer
 * is a 303, so a reload posts nothing again.
 */
export async function handleRegistration(request: Request, lang: Lang, payload: Payload): Promise<Response> {
  const verdict = limit(clientAddress(request.headers))
  if (!verdict.allowed) return tooManyRequests(verdict.retryAfterSeconds)
  if (!sentFromThisSite(request.headers)) return refusalResponse(lang, 'cross-site', 403)
  const read = await readLimitedForm(request, MAX_BODY_BYTES)
  if (!read.ok) return new Response(null, { status: read.status, headers: NO_STORE })
  const { form } = read
  const honeypot = form.get(HONEYPOT_FIELD)
  if (typeof honeypot === 'string' && honeypot.trim() !== '') {
    payload.logger.info('Registration form: honeypot filled, nothing stored')
    return toSent(lang)
  }
  const token = checkFormToken(payload.secret, form.get(TOKEN_FIELD))
  if (token !== 'ok') return backToForm(lang, payload.secret, { form: token === 'too-fast' ? 'form-too-fast' : 'form-invalid' }, keptValues(form))
  const checked = checkRegistration(form)
  if (!checked.ok) return backToForm(lang, payload.secret, checked.problems, checked.values)
  try {
    const outcome = await registerVendor(payload, checked.registration)
    if (outcome.kind === 'org-exists') return backToForm(lang, payload.secret, { organisationNumber: 'org-exists' }, checked.values)
    return toSent(lang)
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Vendor registration failed; nothing was stored' })
    return backToForm(lang, payload.secret, { form: 'failed' }, checked.values)
  }
}
