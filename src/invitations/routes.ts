import type { Payload } from 'payload'

import type { Lang } from '../i18n/langs'
import { localePath } from '../i18n/paths'
import { readLimitedForm } from '../security/limitedForm'
import { clientAddress, createRateLimit, type Limit } from '../security/rateLimit'
import { sentFromThisSite } from '../subscriptions/routes'
import { acceptInvitation } from './accept'
import { acceptFormPage, refusalPage } from './acceptPage'
import { INVITATION_PATH_PREFIX, openInvitationOf } from './invitation'

/** /invitasjon/<token> answers one address this often a minute, GET and POST together (as /delt/). */
export const INVITATION_LIMIT: Limit = { max: 30, windowMs: 60 * 1000 }
const limit = createRateLimit(INVITATION_LIMIT)

/** The largest form body read (a name and a password). */
const MAX_BODY_BYTES = 8192

/** Where an accepted invitation leads: the admin's login, which then says the account is ready. */
export const ACCEPTED_LOCATION = '/admin/login?invitasjon=godtatt'

const formAction = (lang: Lang, token: string) => localePath(lang, `${INVITATION_PATH_PREFIX}${encodeURIComponent(token)}`)

/** The limit's verdict for this request's client, as a 429 page when it refuses. */
function limited(request: Request, lang: Lang): Response | null {
  const verdict = limit(clientAddress(request.headers))
  return verdict.allowed ? null : refusalPage(lang, 'too-many', 429, { retryAfterSeconds: verdict.retryAfterSeconds })
}

/** GET /invitasjon/<token>: the accept form for a link that works; 410 for any other (nothing said about why). */
export async function handleOpen(request: Request, lang: Lang, token: string, payload: Payload): Promise<Response> {
  const refused = limited(request, lang)
  if (refused) return refused
  const invitation = await openInvitationOf(payload, token)
  if (!invitation) return refusalPage(lang, 'gone', 410)
  return acceptFormPage(lang, formAction(lang, token), invitation)
}

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/**
 * POST /invitasjon/<token> (a plain HTML form): checked for its origin (403) and the per-address limit (429)
 * before anything is read; then the link (410), the fields (400, the form again with an error summary), an
 * address with an account by now (409); a good one makes the account and goes on to the login (303).
 */
export async function handleAccept(request: Request, lang: Lang, token: string, payload: Payload): Promise<Response> {
  if (!sentFromThisSite(request.headers)) return refusalPage(lang, 'cross-site', 403)
  const refused = limited(request, lang)
  if (refused) return refused
  // Read up to the limit, with or without Content-Length; a body past it (or no form) counts as empty.
  const read = await readLimitedForm(request, MAX_BODY_BYTES)
  const form = read.ok ? read.form : null
  const entered = { name: form ? text(form, 'navn') : '', password: form ? text(form, 'passord') : '' }
  try {
    const outcome = await acceptInvitation(payload, token, entered)
    if (outcome.ok) return new Response(null, { status: 303, headers: { 'Cache-Control': 'private, no-store', Location: ACCEPTED_LOCATION } })
    if (outcome.refusal === 'gone') return refusalPage(lang, 'gone', 410)
    if (outcome.refusal === 'account-exists') return refusalPage(lang, 'account-exists', 409, { invitation: outcome.invitation })
    return acceptFormPage(lang, formAction(lang, token), outcome.invitation, { name: entered.name }, outcome.problems)
  } catch (err) {
    payload.logger.error({ err }, 'could not accept an invitation')
    return refusalPage(lang, 'failed', 500)
  }
}
