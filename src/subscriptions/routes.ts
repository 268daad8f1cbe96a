import type { Payload } from 'payload'

import { resolveOrigins } from '../config/env.mjs'
import type { Lang } from '../i18n/langs'
import { localePath, SUBSCRIBE_PATHS } from '../i18n/paths'
import { checkUnsubscribe, confirmSubscription, unsubscribe } from './confirm'
import { clientAddress, createRateLimit } from '../security/rateLimit'
import { refusalResponse, unsubscribePage } from './refusalPage'
import { subscribe, type Outcome } from './subscribe'

/** Form posts one address may make in ten minutes: enough for a reader, too few to mail strangers in bulk. */
export const SUBSCRIBE_LIMIT = { max: 5, windowMs: 10 * 60 * 1000 }
const limit = createRateLimit(SUBSCRIBE_LIMIT)

/** The largest form body read (an address, a page key and the honeypot). */
const MAX_BODY_BYTES = 4096

/** The form's field names: the address, the followed page, and the honeypot a person leaves empty. */
export const FORM_FIELDS = { email: 'epost', page: 'side', honeypot: 'nettside' } as const

/** Where the reader lands after each step (pages under app/(frontend)/[lang]/abonner/[status]). */
export const DONE_PATHS = { sent: '/abonner/sendt', confirmed: '/abonner/bekreftet', unsubscribed: '/abonner/avmeldt' } as const

const NO_STORE = { 'Cache-Control': 'private, no-store' }

const seeOther = (lang: Lang, path: string) => new Response(null, { status: 303, headers: { ...NO_STORE, Location: localePath(lang, path) } })

/**
 * Whether a form post was sent from this site. Route handlers get no CSRF protection from Next: a browser's
 * `Sec-Fetch-Site` (no page can forge it) must say same-origin, and an `Origin`, when sent, must be one of the
 * site's own (SERVER_URL, EXTRA_ORIGINS). A client that sends neither (not a browser) is let through: it can
 * only ask for a confirmation mail, which the address's owner must still click.
 */
export function sentFromThisSite(headers: Headers): boolean {
  const site = headers.get('sec-fetch-site')?.toLowerCase()
  if (site && site !== 'same-origin') return false
  const origin = headers.get('origin')
  return origin === null || resolveOrigins().origins.includes(origin)
}

const refused = (lang: Lang, outcome: Exclude<Outcome, { ok: true }>) => refusalResponse(lang, outcome.refusal, outcome.refusal === 'unknown-page' ? 404 : 400)

/**
 * POST /abonner (a plain HTML form, no JavaScript needed): checked for its origin (403), the per-address
 * limit (429 with Retry-After), the honeypot (a filled one is answered as a success and does nothing), then
 * the address and the page (400/404 with the reason on the page); a good one is sent its confirmation mail
 * and the reader sees "check your e-mail" (303 to a page, so a reload posts nothing again).
 */
export async function handleSubscribe(request: Request, lang: Lang, payload: Payload): Promise<Response> {
  if (!sentFromThisSite(request.headers)) return refusalResponse(lang, 'cross-site', 403)
  const verdict = limit(clientAddress(request.headers))
  if (!verdict.allowed) return refusalResponse(lang, 'too-many', 429, verdict.retryAfterSeconds)
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return refusalResponse(lang, 'invalid-email', 413)
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return refusalResponse(lang, 'invalid-email', 400)
  }
  const honeypot = form.get(FORM_FIELDS.honeypot)
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return seeOther(lang, DONE_PATHS.sent)
  const outcome = await subscribe(payload, { email: form.get(FORM_FIELDS.email), page: form.get(FORM_FIELDS.page), lang })
  return outcome.ok ? seeOther(lang, DONE_PATHS.sent) : refused(lang, outcome)
}

const tokenOf = (request: Request) => new URL(request.url).searchParams.get('token')

/** GET /abonner/bekreft?token=: the confirmation link; a bad, forged or expired one changes nothing (400). */
export async function handleConfirm(request: Request, lang: Lang, payload: Payload): Promise<Response> {
  const outcome = await confirmSubscription(payload, tokenOf(request))
  return outcome.ok ? seeOther(lang, DONE_PATHS.confirmed) : refused(lang, outcome)
}

/**
 * GET /abonner/avslutt?token= (the link in every alert): a page with one button that posts to the same
 * address; a bad or forged link gets the refusal (400). Nothing ends on a GET (mail scanners open links).
 */
async function unsubscribePageOf(request: Request, lang: Lang, payload: Payload): Promise<Response> {
  const outcome = await checkUnsubscribe(payload, tokenOf(request))
  if (!outcome.ok) return refused(lang, outcome)
  const url = new URL(request.url)
  return unsubscribePage(lang, `${localePath(lang, SUBSCRIBE_PATHS.unsubscribe)}${url.search}`)
}

/** The body of a mail client's one-click POST (RFC 8058). */
const ONE_CLICK = 'List-Unsubscribe=One-Click'

/**
 * POST /abonner/avslutt?token=: ends the subscription (a GET gets the page above). Checked for its origin like
 * the form; a mail client's one-click POST (`List-Unsubscribe-Post: List-Unsubscribe=One-Click`, RFC 8058)
 * sends neither header and gets 200 without a page; the page's button lands on "unsubscribed".
 */
export async function handleUnsubscribe(request: Request, lang: Lang, payload: Payload): Promise<Response> {
  if (request.method !== 'POST') return unsubscribePageOf(request, lang, payload)
  if (!sentFromThisSite(request.headers)) return refusalResponse(lang, 'cross-site', 403)
  const body = Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES ? '' : await request.text().catch(() => '')
  const outcome = await unsubscribe(payload, tokenOf(request))
  if (!outcome.ok) return refused(lang, outcome)
  return body.includes(ONE_CLICK) ? new Response(null, { status: 200, headers: NO_STORE }) : seeOther(lang, DONE_PATHS.unsubscribed)
}
