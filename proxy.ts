import { NextResponse, type NextRequest } from 'next/server'

import { canonicalFilterQuery } from './src/components/vendors/filters'

/**
 * Gives each filter combination of the vendor directory a page in Next's cache. A page that reads the query
 * renders on every request; so a filtered address is rewritten (the reader's address does not change) to
 * `/<lang>/leverandorer-utvalg/<canonical query>`, a cached page revalidated by the same tags as the rest.
 * Unfiltered and unknown-only queries go to the cached directory itself. Runs for the directory paths only.
 */
export function proxy(request: NextRequest) {
  const query = canonicalFilterQuery(request.nextUrl.searchParams)
  if (!query) return NextResponse.next()
  const lang = /^\/(nn|en)\//.exec(request.nextUrl.pathname)?.[1] ?? 'nb'
  const url = request.nextUrl.clone()
  url.pathname = `/${lang}/leverandorer-utvalg/${encodeURIComponent(query)}`
  return NextResponse.rewrite(url)
}

export const config = { matcher: ['/leverandorer', '/nn/leverandorer', '/en/leverandorer'] }
