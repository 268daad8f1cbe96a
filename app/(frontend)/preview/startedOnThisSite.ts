/** `Sec-Fetch-Site` values of a navigation started on this site, or typed or bookmarked by the user. */
const FROM_HERE = new Set(['same-origin', 'none'])

/**
 * Whether a request was started on this site. /preview is a GET that changes state (it sets the draft-mode
 * cookie), so a link on another site must not switch a signed-in editor into draft mode. Browsers send
 * `Sec-Fetch-Site` and no page can forge it; a client without it (not a browser, or an old one) is let
 * through, as the session check still applies.
 */
export function startedOnThisSite(headers: Headers): boolean {
  const site = headers.get('sec-fetch-site')
  return site === null || FROM_HERE.has(site.toLowerCase())
}
