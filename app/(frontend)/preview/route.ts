import { draftMode } from 'next/headers'

import { userFromHeaders, viewerOf } from '@/content'
import { previewLimit } from '@/preview/routeLimits'
import { clientAddress } from '@/security/rateLimit'
import { tooManyRequests } from '@/security/tooManyRequests'
import { say } from '@/validation/messages'
import { previewTarget } from '../_lib/previewTarget'
import { startedOnThisSite } from './startedOnThisSite'

export const dynamic = 'force-dynamic'

const NO_STORE = { 'Cache-Control': 'private, no-store' }

const BAD_TARGET = {
  nb: 'Forhåndsvisningen kan bare åpne en side på dette nettstedet (en adresse som begynner med én «/»).',
  en: 'The preview can only open a page of this site (an address starting with a single "/").',
}
const CROSS_SITE = {
  nb: 'Forhåndsvisningen kan bare åpnes fra dette nettstedet, ikke fra en lenke på et annet nettsted.',
  en: 'The preview can only be opened from this site, not from a link on another site.',
}
const NO_DRAFTS = {
  nb: 'Kontoen din har ingen rolle som kan se utkast.',
  en: 'Your account has no role that may see drafts.',
}

const refuse = (status: number, message: { nb: string; en: string }) =>
  new Response(say(message, undefined), { status, headers: { ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' } })

/**
 * GET /preview?path=/a/page: draft mode for an editor, an admin or a vendor with a valid Payload session,
 * then on to that page of the site. An address past its limit (src/preview/routeLimits.ts) gets 429 with
 * Retry-After before anything else is looked at. A request another site started (a link, `Sec-Fetch-Site: cross-site` or
 * `same-site`) gets 403 first. Then the target is checked (only a path of this site; anything else 400), then
 * the session: none (or one Payload refuses, e.g. a cross-site request) goes to the admin's login
 * and back here, a role without drafts gets 403; neither sets a cookie. The pages check the session again on
 * every request (app/(frontend)/_lib/viewer.ts), so the draft-mode cookie alone shows nothing but the public's.
 */
export async function GET(request: Request): Promise<Response> {
  const verdict = previewLimit(clientAddress(request.headers))
  if (!verdict.allowed) return tooManyRequests(verdict.retryAfterSeconds)
  if (!startedOnThisSite(request.headers)) return refuse(403, CROSS_SITE)
  const target = previewTarget(new URL(request.url).searchParams.get('path'))
  if (!target) return refuse(400, BAD_TARGET)
  const user = await userFromHeaders(request.headers)
  if (!user) {
    const back = `/preview?path=${encodeURIComponent(target)}`
    return new Response(null, { status: 303, headers: { ...NO_STORE, Location: `/admin/login?redirect=${encodeURIComponent(back)}` } })
  }
  if (viewerOf(user).kind === 'anonymous') return refuse(403, NO_DRAFTS)
  ;(await draftMode()).enable()
  return new Response(null, { status: 303, headers: { ...NO_STORE, Location: target } })
}
