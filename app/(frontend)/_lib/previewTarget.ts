/** Paths draft mode never leads to: Payload's admin and API, and the preview routes themselves. */
const NOT_A_PAGE = /^\/(?:admin|api|preview|_next)(?:\/|$)/

/** A backslash or a control character: browsers read `\` as `/`, and drop tabs and newlines. */
const UNSAFE_CHAR = /[\\\u0000-\u001f\u007f]/

/** An encoded slash or backslash in the path: no page of this site has one, and a server that decodes it makes `//`. */
const ENCODED_SLASH = /%(?:2f|5c)/i

// Any base works: only a path that stays on it is kept.
const BASE = 'http://site.invalid'

/** Whether a `Location` value stays on this site: exactly one leading `/`, no backslash, no control character. */
const isLocalPath = (path: string) => path[0] === '/' && path[1] !== '/' && !UNSAFE_CHAR.test(path)

/**
 * Where /preview may send the browser: a path of this site, or null. It must start with exactly one `/`, and
 * hold no backslash and no control character (browsers read `/\evil.example` as `//evil.example`, and drop
 * tabs and newlines, so `/\t/evil.example` would be one too). What is returned is the path as a URL parser
 * reads it, and that is checked again: parsing collapses dot segments, so `/.//evil.example` or
 * `/%2e%2e//evil.example` would come back as `//evil.example`.
 */
export function previewTarget(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000 || !isLocalPath(raw)) return null
  let url: URL
  try {
    url = new URL(raw, BASE)
  } catch {
    return null
  }
  if (url.origin !== BASE || NOT_A_PAGE.test(url.pathname) || ENCODED_SLASH.test(url.pathname)) return null
  const target = `${url.pathname}${url.search}${url.hash}`
  return isLocalPath(target) ? target : null
}
