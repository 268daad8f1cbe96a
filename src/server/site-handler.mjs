// The production server's request handler (scripts/server.mjs): Next's handler behind two layers of our own.
//   1. compression (the expressjs middleware Next itself uses; next.config.mjs turns Next's copy off), for
//      every response the finisher does not send itself: the admin, the API, scripts, stylesheets, the
//      sitemap, redirects and error pages, and every page an editor gets.
//   2. ./public-pages.mjs, for readers' pages: it produces their final bytes (without the runtime,
//      compressed once per page version) and answers some of them without Next.
// Both watch the same response, so the order matters: compression is installed first and the finisher
// second, so that the finisher sees Next's status, headers and body before anything is written; and
// compression's own `filter` option leaves alone what the finisher sends (compressing it again, e.g. in
// deflate for a client that takes nothing else, would spoil the one copy per page version and its ETag).
import compression from 'compression'

/**
 * @param {{
 *   publicPages: ReturnType<typeof import('./public-pages.mjs').createPublicPages>,
 *   render: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void,
 * }} parts render hands a request to Next
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function createSiteHandler({ publicPages, render }) {
  const compress = compression({ filter: (req, res) => !publicPages.finishes(res) && compression.filter(req, res) })
  return (req, res) => compress(req, res, () => publicPages.handle(req, res, () => render(req, res)))
}
