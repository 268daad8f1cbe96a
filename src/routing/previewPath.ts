/** Next's draft-mode cookie (as src/server/nextInternals.mjs names it): only a request carrying it is a preview. */
export const DRAFT_MODE_COOKIE = '__prerender_bypass'

/**
 * The request header through which proxy.ts tells a page in draft mode its own address (a layout is not told
 * its path): the preview banner's exit link returns there, and its version line names the document shown
 * there. Set on every request with the draft-mode cookie, replacing whatever the client sent.
 */
export const PREVIEW_PATH_HEADER = 'x-videoveileder-preview-path'

/** The request headers a page in draft mode gets: the client's, with PREVIEW_PATH_HEADER set to this address; null outside draft mode. */
export function previewRequestHeaders(headers: Headers, cookieNames: string[], url: URL): Headers | null {
  if (!cookieNames.includes(DRAFT_MODE_COOKIE)) return null
  const forwarded = new Headers(headers)
  forwarded.set(PREVIEW_PATH_HEADER, `${url.pathname}${url.search}`)
  return forwarded
}
