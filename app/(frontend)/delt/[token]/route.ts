import config from '@payload-config'
import { cookies, draftMode } from 'next/headers'
import { getPayload, type CollectionSlug } from 'payload'

import { documentPathOf } from '@/preview/documentPath'
import { goneDocument, SHARE_HEADERS } from '@/preview/goneDocument'
import { shareLinkLimit } from '@/preview/routeLimits'
import { linkOfToken, SHARE_COOKIE, SHARE_COOKIE_MAX_MS, signShareCookie } from '@/preview/shareLinks'
import { clientAddress } from '@/security/rateLimit'
import { tooManyRequests } from '@/security/tooManyRequests'
import { siteOrigin } from '../../_lib/seo'

export const dynamic = 'force-dynamic'

const gone = () => new Response(goneDocument(), { status: 410, headers: { ...SHARE_HEADERS, 'Content-Type': 'text/html; charset=utf-8' } })

/**
 * GET /delt/<token>: a share link. A usable one (not expired, revoked, or published since) turns on draft
 * mode, sets a short signed cookie naming the link (HttpOnly, SameSite=Lax, Secure on https) and goes on to
 * the document's page, where its holder reads that one draft and everything else as the public
 * (src/content `kind: 'shared'`). Anything else answers 410 with a page saying the link no longer works,
 * and sets nothing. An address past its limit (src/preview/routeLimits.ts) gets 429 with Retry-After before
 * the store is read, and nothing is set.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const verdict = shareLinkLimit(clientAddress(request.headers))
  if (!verdict.allowed) return tooManyRequests(verdict.retryAfterSeconds)
  const { token } = await params
  const payload = await getPayload({ config })
  let link
  try {
    link = await linkOfToken(payload, token)
  } catch (err) {
    payload.logger.error({ err }, 'could not check a share link')
    return gone()
  }
  if (!link) return gone()
  const doc = await payload.findByID({ collection: link.collection as CollectionSlug, id: link.docId, draft: true, overrideAccess: true, depth: 0, locale: 'nb' })
  const path = documentPathOf(link.collection, doc as { id?: unknown; slug?: unknown }, 'nb') ?? '/'
  const until = Math.min(Date.parse(link.expiresAt), Date.now() + SHARE_COOKIE_MAX_MS)
  ;(await draftMode()).enable()
  ;(await cookies()).set(SHARE_COOKIE, signShareCookie(payload.secret, link.id, until), {
    httpOnly: true,
    secure: siteOrigin().startsWith('https:'),
    sameSite: 'lax',
    path: '/',
    expires: new Date(until),
  })
  return new Response(null, { status: 303, headers: { ...SHARE_HEADERS, Location: path } })
}
