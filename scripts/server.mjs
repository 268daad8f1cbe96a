// The production server, started by scripts/start.mjs: Next's request handler behind two layers of our own
// (src/server/site-handler.mjs).
//   1. compression (the expressjs middleware Next itself uses; next.config.mjs turns Next's copy off), for
//      every response the finisher does not send itself: the admin, the API, scripts and stylesheets.
//   2. src/server/public-pages.mjs, for readers' pages: sent without the React runtime, compressed once per
//      page version, a page's own 404 as the complete 404 document, and a page Next served from its cache
//      answered again without Next for a few seconds, until content changes.
// Next's documented custom-server API (`next({ dev: false })`); `next start` has no hook for either layer.
// Content changes arrive at the internal route (src/invalidation/); this server applies them to its own
// reader cache, and expires every cached read once when it starts, since it heard nothing while it was down.
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import next from 'next'

import { CONTENT_CHANGED, CONTENT_TAGS, ROUTE_PATH, announceContentChange, httpTransport } from '../src/invalidation/index.mjs'
import { PRERENDERED_NOT_FOUND } from '../src/server/nextInternals.mjs'
import { createPublicPages } from '../src/server/public-pages.mjs'
import { createSiteHandler } from '../src/server/site-handler.mjs'

const dir = process.cwd()
const port = Number(process.env.PORT ?? 3000)

const app = next({ dev: false, dir, port, hostname: 'localhost' })
const handle = app.getRequestHandler()
await app.prepare()

// Prerendered by `next build` from app/global-not-found.tsx.
const notFoundFile = path.join(dir, PRERENDERED_NOT_FOUND)
let notFound
// READER_PAGE_CACHE_MS: how long a page Next served from its cache is answered again without Next (default
// 5000; 0 sends every request to Next, as `npm run bench` does for its second measurement).
const freshForMs = Number(process.env.READER_PAGE_CACHE_MS || 5000)
if (!Number.isInteger(freshForMs) || freshForMs < 0) {
  console.error(`[videoveileder] READER_PAGE_CACHE_MS must be a whole number of milliseconds, 0 or more (got "${process.env.READER_PAGE_CACHE_MS}").`)
  process.exit(1)
}
const publicPages = createPublicPages({
  freshForMs,
  notFoundDocument: () => (notFound ??= fs.existsSync(notFoundFile) ? fs.readFileSync(notFoundFile, 'utf8') : undefined),
})
// The internal route announces every publish, change or removal, from whichever process made it: every page
// comes from Next again (and once more when that announcement's request ends: src/server/public-pages.mjs).
process.on(CONTENT_CHANGED, () => publicPages.clear())
const serveSite = createSiteHandler({
  publicPages,
  render: (req, res) =>
    handle(req, res).catch((err) => {
      console.error('[videoveileder] request failed', err)
      if (!res.headersSent) res.statusCode = 500
      res.end()
    }),
})

// What changed while this server was down (a script, the seed, another process) was announced to nobody, and
// a cache Next kept on disk (.next/cache, when isrFlushToDisk is on) would outlive the restart. So every tag is
// expired once, through the internal route like any change, before the first reader is answered.
let startupExpiry
const isAnnouncement = (req) => req.method === 'POST' && req.url === ROUTE_PATH
const logger = { warn: (msg) => console.warn(`[videoveileder] ${msg}`), error: (msg) => console.error(`[videoveileder] ${msg}`) }

const server = http.createServer((req, res) => {
  if (startupExpiry && !isAnnouncement(req)) return void startupExpiry.then(() => serveSite(req, res))
  serveSite(req, res)
})
// Idle keep-alive longer than the proxy's (nginx keeps upstream connections 60 s), so it never reuses a socket we closed.
server.keepAliveTimeout = 75_000
// Every interface, as `next start` does. (Not $HOSTNAME: Docker sets it to the container's id, which would
// leave 127.0.0.1, and so the container's health check, unanswered.)
server.listen(port, () => {
  console.log(`[videoveileder] listening on port ${port}`)
  const self = httpTransport([`http://127.0.0.1:${port}${ROUTE_PATH}`])
  startupExpiry = announceContentChange(CONTENT_TAGS, logger, { transport: self }).finally(() => {
    startupExpiry = undefined
  })
})

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // Requests in flight finish (up to 5 s); idle keep-alive connections would otherwise hold the close for 75 s.
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 5000).unref()
  })
}
