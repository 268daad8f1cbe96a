/** Paths draft mode never leads to: Payload's admin and API, and the preview routes themselves. */
const NOT_A_PAGE = /^\/(?:admin|api|preview|_next)(?:\/|$)/

// Any base works: only a path that stays on it is kept.
const BASE = 'http://site.invalid'

/**
 * Where /preview may send the browser: a path of this site, or null. It must start with exactly one `/`, and
 * hold no backslash and no control character (browsers read `/\evil.example` as `//evil.example`, and drop
 * tabs and newlines, so `/\t/evil.example` would be one too). What is returned is the path as a URL parser
 * reads it, so the `Location` says exactly what was checked.
 */
export function previewTarget(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000) return null
  if (raw[0] !== '/' || raw[1] === '/' || /[\\\u0000-\u001f\u007f]/.test(raw)) return null
  let url: URL
  try {
    url = new URL(raw, BASE)
  } catch {
    return null
  }
  if (url.origin !== BASE || NOT_A_PAGE.test(url.pathname)) return null
  return `${url.pathname}${url.search}${url.hash}`
}
