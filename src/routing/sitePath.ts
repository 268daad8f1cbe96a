/** Paths that are no page of the site: Payload's admin and API, the preview routes, Next's own files. */
const NOT_A_PAGE = /^\/(?:admin|api|preview|_next)(?:\/|$)/

/** A backslash or a control character: browsers read `\` as `/`, and drop tabs and newlines. */
const UNSAFE_CHAR = /[\\\u0000-\u001f\u007f]/

/** An encoded slash or backslash: no page of this site has one, and a server that decodes it makes `//`. */
const ENCODED_SLASH = /%(?:2f|5c)/i

const BASE = 'http://site.invalid'

const isLocalPath = (path: string) => path[0] === '/' && path[1] !== '/' && !UNSAFE_CHAR.test(path)

/**
 * A page address of this site, as the browser would read it, or null: exactly one leading `/`, no backslash,
 * no control character, not the admin, the API or the preview routes, and still a path of this site once dot
 * segments are collapsed (`/.//evil.example`, `/%2e%2e//evil.example`). The one rule for every address the
 * site sends a browser to that a request or an editor chose: the preview route's target and the redirects.
 */
export function sitePathOf(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000 || !isLocalPath(raw)) return null
  let url: URL
  try {
    url = new URL(raw, BASE)
  } catch {
    return null
  }
  if (url.origin !== BASE || NOT_A_PAGE.test(url.pathname) || ENCODED_SLASH.test(url.pathname)) return null
  const path = `${url.pathname}${url.search}${url.hash}`
  return isLocalPath(path) ? path : null
}
