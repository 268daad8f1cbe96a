import { NextResponse, type NextRequest } from 'next/server'

import { withAdminLanguage } from './src/i18n/adminLanguage'
import { splitLang } from './src/i18n/paths'
import { groupSlugs } from './src/routing/groupSlugs'
import { previewRequestHeaders } from './src/routing/previewPath'
import { canonicalFilterQuery, localisedGroupQuery } from './src/routing/vendorFilterQuery'
import { answerForAddress } from './src/routing/withdrawnAddress'

/**
 * Gives each filter combination of the vendor directory a page in Next's cache. A page that reads the query
 * renders on every request; so a filtered address is rewritten (the reader's address does not change) to
 * `/<lang>/leverandorer-utvalg/<canonical query>`, a cached page revalidated by the same tags as the rest.
 * Unfiltered and unknown-only queries go to the cached directory itself. Runs for the directory paths only.
 * A group named in another language's slug (`/en/leverandorer?gruppe=leger`) is redirected (307) to this
 * language's (`?gruppe=doctors`), so that a link shared across languages still filters.
 */
export async function proxy(request: NextRequest) {
  const admin = withAdminLanguage(request)
  if (admin) return admin
  // A withdrawn page (410) or an old address (301/308) of an article or vendor: src/routing/withdrawnAddress.ts.
  const withdrawn = await answerForAddress(request)
  if (withdrawn) return withdrawn
  // In draft mode every page runs through here, to be told its own address (the preview banner's exit link).
  const previewHeaders = previewRequestHeaders(request.headers, request.cookies.getAll().map((c) => c.name), request.nextUrl)
  const forward = previewHeaders ? { request: { headers: previewHeaders } } : undefined
  const query = DIRECTORY.test(request.nextUrl.pathname) ? canonicalFilterQuery(request.nextUrl.searchParams) : null
  if (!query) return NextResponse.next(forward)
  const { lang } = splitLang(request.nextUrl.pathname)
  const localised = query.startsWith('gruppe=') ? localisedGroupQuery(request.nextUrl.searchParams, lang, await groupSlugs()) : null
  if (localised) {
    const to = request.nextUrl.clone()
    to.search = `?${localised}`
    // Built from slugs up to a minute old: no shared cache may keep it.
    const redirect = NextResponse.redirect(to, 307)
    redirect.headers.set('Cache-Control', 'private, no-store')
    return redirect
  }
  const url = request.nextUrl.clone()
  url.pathname = `/${lang}/leverandorer-utvalg/${encodeURIComponent(query)}`
  return NextResponse.rewrite(url, forward)
}

const DIRECTORY = /^(?:\/(?:nn|en))?\/leverandorer$/

// The admin paths are for its default language (src/i18n/adminLanguage.ts).
// In draft mode (its cookie, src/routing/previewPath.ts), every page of the site as well.
export const config = {
  matcher: [
    '/leverandorer',
    '/nn/leverandorer',
    '/en/leverandorer',
    '/admin',
    '/admin/:path*',
    // An article's or vendor's own address (src/routing/withdrawnAddress.ts); listed here, as Next reads the matcher statically.
    '/artikler/:slug',
    '/nn/artikler/:slug',
    '/en/artikler/:slug',
    '/leverandorer/:slug',
    '/nn/leverandorer/:slug',
    '/en/leverandorer/:slug',
    { source: '/((?!admin|api|_next|preview|delt).*)', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
  ],
}
