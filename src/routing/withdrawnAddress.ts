import { NextResponse, type NextRequest } from 'next/server'

import { splitLang } from '../i18n/paths'
import { DRAFT_MODE_COOKIE } from '../server/nextInternals.mjs'

/** An article's or vendor's own address in any language: what a withdrawal or a renamed slug can leave behind. */
const PAGE_ADDRESS = /^(?:\/(?:nn|en))?\/(?:artikler|leverandorer)\/[^/]+$/

type Resolution = { kind: 'none' } | { kind: 'gone'; withdrawal: number | string } | { kind: 'redirect'; location: string; status: 301 | 308 }

/**
 * What this server's resolver (src/withdrawal/resolve.ts, GET /api/withdrawal/resolve) says the address
 * answers. Asked over loopback like groupSlugs (proxy.ts cannot use the Local API) and not kept: a withdrawal
 * or a republish shows on the next request. A failure answers nothing, and the page is served as usual.
 */
async function resolve(pathname: string): Promise<Resolution | null> {
  try {
    const origin = `http://127.0.0.1:${process.env.PORT ?? 3000}`
    const res = await fetch(`${origin}/api/withdrawal/resolve?path=${encodeURIComponent(pathname)}`, { signal: AbortSignal.timeout(2_000), cache: 'no-store' })
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
    return (await res.json()) as Resolution
  } catch (err) {
    console.error(`[videoveileder] could not ask what ${pathname} answers; serving the page`, err)
    return null
  }
}

/**
 * For proxy.ts: a withdrawn page's address answers 410 with the withdrawal's page (a rewrite, so the reader
 * keeps the address; the status is the proxy's, whatever Next cached for the page), a redirected or renamed
 * one its permanent redirect; anything else null (the page itself). Draft mode is left alone: an editor
 * previewing the withdrawn document sees its draft.
 */
export async function answerForAddress(request: NextRequest): Promise<NextResponse | null> {
  const { pathname } = request.nextUrl
  if (!PAGE_ADDRESS.test(pathname) || request.cookies.has(DRAFT_MODE_COOKIE)) return null
  const answer = await resolve(pathname)
  if (answer?.kind === 'redirect') return NextResponse.redirect(new URL(answer.location, request.url), answer.status)
  if (answer?.kind === 'gone') {
    const { lang } = splitLang(pathname)
    const url = request.nextUrl.clone()
    url.pathname = `/${lang}/trukket-tilbake/${encodeURIComponent(String(answer.withdrawal))}`
    return NextResponse.rewrite(url, { status: 410 })
  }
  return null
}
