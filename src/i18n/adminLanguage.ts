import { NextResponse, type NextRequest } from 'next/server'

/** The cookie Payload's account page sets when a user picks a language (`<cookiePrefix>-lng`). */
const ADMIN_LANGUAGE_COOKIE = 'payload-lng'
const DEFAULT_ADMIN_LANGUAGE = 'nb'
const ADMIN_LANGUAGES = ['nb', 'en']

const isAdminPath = (pathname: string) => pathname === '/admin' || pathname.startsWith('/admin/')

/**
 * The Accept-Language the admin should see, or null to leave the request alone. Payload picks the admin's
 * language from its cookie, then from the browser's Accept-Language; the admin is promised in bokmål unless
 * the user chose otherwise, so without a valid cookie the browser's preference is replaced by bokmål.
 */
export function adminAcceptLanguage(pathname: string, cookie: string | undefined): string | null {
  if (!isAdminPath(pathname)) return null
  if (cookie && ADMIN_LANGUAGES.includes(cookie)) return null
  return DEFAULT_ADMIN_LANGUAGE
}

/**
 * Admin pages (and the server functions they post to) in bokmål by default; each user switches on the
 * account page. The API is left alone: the admin sends its own language with every API call, and other
 * clients keep the language they ask for. Null for paths outside the admin, which are not its business.
 */
export function withAdminLanguage(request: NextRequest): NextResponse | null {
  if (!isAdminPath(request.nextUrl.pathname)) return null
  const language = adminAcceptLanguage(request.nextUrl.pathname, request.cookies.get(ADMIN_LANGUAGE_COOKIE)?.value)
  if (!language) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('Accept-Language', language)
  return NextResponse.next({ request: { headers } })
}
