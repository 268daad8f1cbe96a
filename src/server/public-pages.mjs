// The last step of every public page on its way out of the production server (./site-handler.mjs).
//
// The public site is a set of documents: every control on it works as plain HTML (links and GET forms).
// Next renders and caches each page with the React runtime attached (about 140 KB of gzipped JavaScript and a
// copy of the page as flight data, 90 KB of inline script on the guide), so that the browser can hydrate it.
// Readers gain nothing from that: nothing on a public page needs React in the browser. So every page a
// reader asks for (no Payload session, no preview) leaves the server without the runtime:
//   - Next's script tags, its inline flight data and its script preloads are removed (./strip-runtime.mjs,
//     an HTML tokenizer); the HTML is otherwise byte for byte what Next rendered. Our own scripts
//     (progressive enhancement, src under /scripts/) stay.
//   - With no inline script left, the page's Content-Security-Policy drops 'unsafe-inline' for scripts.
//   - The result is kept per page version and compressed once (brotli and gzip), not per request
//     (./page-encodings.mjs).
//   - Which responses are pages: see `finishes`. Next's 404 for a page's own notFound() is an empty shell
//     that only JavaScript fills in (vercel/next.js#95613); it is replaced by the site's complete 404
//     document, the one every unknown address gets (app/global-not-found.tsx), with the same 404 status.
//   - A page Next served from its cache is answered again from here for a few seconds, until content
//     changes (see `handle`).
// Editors and vendors (a Payload session) and Next's draft mode get the page with the runtime, as Next rendered
// it: the draft preview and live preview still to come run React in the browser.
// What this assumes about Next's output is in ./nextInternals.mjs, checked against a real build.
import { encodedPage, sendPage, varyOnEncoding } from './page-encodings.mjs'
import { CACHE_HEADER, DRAFT_MODE_COOKIE, ERROR_SHELL, FROM_CACHE, ROUTER_HEADERS } from './nextInternals.mjs'
import { stripRuntime, withoutInlineScripts } from './strip-runtime.mjs'

const MAX_PAGES = 64

/** Paths the public site does not own (as in next.config.mjs): Payload's admin and API, Next's own files. */
const NOT_SITE = /^\/(?:(?:admin|api)(?:\/|$)|_)/
/** A Payload session (an editor or a vendor) or Next's draft mode: they get the page with React's runtime. */
const SESSION = new RegExp(`(?:^|;)\\s*(?:payload-token|${DRAFT_MODE_COOKIE})=`)

function pathOf(req) {
  try {
    return new URL(req.url ?? '/', 'http://site').pathname
  } catch {
    return '/'
  }
}

/** A request the finisher takes: a reader (no session, no preview) reading the public site. */
function isReader(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  return !NOT_SITE.test(pathOf(req)) && !SESSION.test(req.headers.cookie ?? '')
}

/**
 * The responses that are finished: HTML documents a reader reads. That is a page (200) and a client error the
 * site explains in a page of its own (4xx: the 404 of an unknown or removed address, the 410 of withdrawn
 * content, whatever else a page answers with). Everything else passes through as Next sent it: redirects
 * and 304s carry no document, other 2xx are no pages, and a 5xx is Next's error page, which only the
 * runtime fills in.
 */
const isFinishedStatus = (status) => status === 200 || (status >= 400 && status < 500)
const isPage = (res) => isFinishedStatus(res.statusCode) && String(res.getHeader('content-type') ?? '').startsWith('text/html')

/**
 * The finished page is another representation than the one Next rendered (an editor gets that one), so it
 * gets its own validator: Next's ETag with a suffix. A reader's If-None-Match is translated back before Next
 * compares it, so unchanged pages still answer 304.
 */
const ETAG_SUFFIX = '-doc'
const ourEtag = (etag) => etag.replace(/"$/, `${ETAG_SUFFIX}"`)
const nextsEtags = (header) => header.replaceAll(`${ETAG_SUFFIX}"`, '"')
const sameEtag = (a, b) => a.replace(/^W\//, '') === b.replace(/^W\//, '')

/** Headers that belong to one response, not to the page. */
const PER_RESPONSE = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date'])

const isRouterRequest = (req) => ROUTER_HEADERS.some((h) => h in req.headers)

/** Only what Next serves from its own cache (an ISR page, fresh): not a dynamic page, not a stale one. */
const fromNextsCache = (res) => FROM_CACHE.includes(String(res.getHeader(CACHE_HEADER) ?? ''))

/**
 * @param {{
 *   notFoundDocument?: () => string | undefined,
 *   freshForMs?: number,
 *   maxAddresses?: number,
 * }} [options]
 *   notFoundDocument: the site's complete 404 page (rendered HTML).
 *   freshForMs, maxAddresses: how long and for how many addresses a finished page is answered without asking
 *   Next again (see `handle`); 0 turns that off.
 */
export function createPublicPages(options = {}) {
  const { freshForMs = 5000, maxAddresses = 256 } = options
  /** Next's rendered page -> its finished page (a promise: concurrent requests share the work), for pages from Next's cache. */
  const pages = new Map()
  /** address -> { page, headers, etag, storedAt } (least recently used first) */
  const addresses = new Map()
  /** Our ETag -> inline scripts left in that finished page: a 304 carries the same CSP as the page. */
  const inlineByEtag = new Map()
  /** Responses this module sends itself: compression leaves them alone (see `finishes`). */
  const sentHere = new WeakSet()
  /** Bumped by clear(): a response rendered before a change is never kept after it. */
  let generation = 0

  const bounded = (map, max) => {
    while (map.size > max) map.delete(map.keys().next().value)
  }

  /**
   * Finishes a rendered page; one Next served from its cache is finished once per version and kept.
   * @returns {Promise<import('./page-encodings.mjs').EncodedPage & { inlineScripts: number }>}
   */
  function finished(rendered, keep) {
    const known = pages.get(rendered)
    if (known) {
      pages.delete(rendered)
      pages.set(rendered, known)
      return known
    }
    const page = stripRuntime([rendered]).then(({ html, inlineScripts }) => ({ ...encodedPage(html), inlineScripts }))
    if (keep) {
      pages.set(rendered, page)
      bounded(pages, MAX_PAGES)
      page.catch(() => pages.delete(rendered))
    }
    return page
  }

  /** A finished page for this address, still fresh, or undefined. */
  function remembered(req) {
    if (freshForMs <= 0 || isRouterRequest(req)) return undefined
    const entry = addresses.get(req.url)
    if (!entry) return undefined
    addresses.delete(req.url)
    if (Date.now() - entry.storedAt > freshForMs) return undefined
    addresses.set(req.url, entry)
    return entry
  }

  function remember(req, res, page, startedIn) {
    if (freshForMs <= 0 || startedIn !== generation || res.statusCode !== 200 || isRouterRequest(req)) return
    // A response that sets a cookie belongs to the one who asked.
    if (res.hasHeader('set-cookie')) return
    const headers = Object.entries(res.getHeaders()).filter(([name]) => !PER_RESPONSE.has(name))
    addresses.set(req.url, { page, headers, etag: String(res.getHeader('etag') ?? ''), storedAt: Date.now() })
    bounded(addresses, maxAddresses)
  }

  /**
   * One request, before Next sees it.
   *
   * For a reader:
   *  - A page Next served from its cache within the last `freshForMs` (5 s) is answered from here, without
   *    asking Next again: the same bytes and headers, 304 for an unchanged copy. `clear()` forgets them all;
   *    the server calls it whenever content is published, changed or removed, and again when the request
   *    that changed it has ended (Next applies an expired tag only then), so a change is visible as soon as
   *    Next shows it. The few seconds only matter for what changes with time alone (a tariff that becomes
   *    current at midnight), which Next itself refreshes hourly.
   *  - Otherwise Next renders or serves the page, and the response is finished on its way out. A HEAD is
   *    handed to Next as a GET, so that it gets the same headers; the body is left out here.
   * This must be installed after any compression middleware, so that it sees the page before anything is
   * written, and that middleware must skip the responses `finishes` names (./site-handler.mjs does both).
   *
   * For anyone else: a request that may change content (not GET or HEAD) clears the remembered pages again
   * when it ends, if content changed while it ran.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {() => void} next hands the request to Next
   */
  function handle(req, res, next) {
    if (!isReader(req)) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        const startedIn = generation
        res.once('close', () => {
          if (generation !== startedIn) clear()
        })
      }
      return next()
    }
    const known = remembered(req)
    if (known) {
      sentHere.add(res)
      for (const [name, value] of known.headers) res.setHeader(name, value)
      res.setHeader(CACHE_HEADER, 'HIT')
      const ifNoneMatch = req.headers['if-none-match']
      if (ifNoneMatch && known.etag && ifNoneMatch.split(/\s*,\s*/).some((tag) => sameEtag(tag, known.etag))) {
        res.statusCode = 304
        varyOnEncoding(res)
        return void res.end()
      }
      res.statusCode = 200
      return sendPage(req, res, known.page, res.end)
    }
    finishOnTheWayOut(req, res)
    next()
  }

  function finishOnTheWayOut(req, res) {
    const startedIn = generation
    const head = req.method === 'HEAD'
    if (head) req.method = 'GET'
    const asked = req.headers['if-none-match']
    const askedForFinished = asked?.includes(`${ETAG_SUFFIX}"`) ?? false
    if (asked) req.headers['if-none-match'] = nextsEtags(asked)
    const { write, end, flushHeaders, flush } = res
    /** @type {Array<string | Buffer> | undefined} */
    let chunks
    const restore = () => {
      Object.assign(res, { write, end, flushHeaders, flush })
      if (head) req.method = 'HEAD'
    }
    // Decided when the body starts: by then Next has set status and headers.
    const taken = () => {
      if (chunks) return true
      if (res.headersSent) return restore(), false
      if (res.statusCode === 304 && askedForFinished) {
        // The copy the reader revalidates is a finished page: the 304 carries that page's headers.
        const etag = res.getHeader('etag')
        const ours = typeof etag === 'string' ? ourEtag(etag) : undefined
        if (ours) res.setHeader('ETag', ours)
        const csp = res.getHeader('content-security-policy')
        if (typeof csp === 'string' && inlineByEtag.get(ours) === 0) res.setHeader('Content-Security-Policy', withoutInlineScripts(csp))
        varyOnEncoding(res)
      }
      if (!isPage(res)) {
        restore()
        return false
      }
      sentHere.add(res)
      chunks = []
      return true
    }
    const collect = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return
      if (typeof chunk === 'string' && typeof encoding === 'string' && !/^utf-?8$/i.test(encoding)) chunk = Buffer.from(chunk, encoding)
      chunks.push(chunk)
    }
    // A cached page is one string, the same each time: it is also the key under which its finished form is
    // kept. A streamed page arrives in pieces and is joined.
    const rendered = () =>
      chunks.length === 1 && typeof chunks[0] === 'string'
        ? chunks[0]
        : Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c)))).toString('utf8')

    // A streamed page (search) flushes its headers before the first chunk, and flushes after each one.
    res.flushHeaders = function () {
      if (!taken()) return flushHeaders.call(this)
    }
    res.flush = function () {
      if (!taken()) return flush?.call(this)
    }

    res.write = function (chunk, encoding, callback) {
      if (!taken()) return write.call(this, chunk, encoding, callback)
      collect(chunk, encoding)
      const cb = typeof encoding === 'function' ? encoding : callback
      if (cb) process.nextTick(cb)
      return true
    }

    res.end = function (chunk, encoding, callback) {
      if (!taken()) return end.call(this, chunk, encoding, callback)
      collect(chunk, encoding)
      const cb = [chunk, encoding, callback].find((a) => typeof a === 'function')
      restore()
      void finishAndSend(rendered(), cb)
      return res
    }

    /** The page as Next rendered it, for a response that cannot do without the runtime: handed on as it came. */
    const asRendered = (html, cb) => {
      sentHere.delete(res)
      end.call(res, html, cb)
    }

    async function finishAndSend(html, cb) {
      const shell = ERROR_SHELL.test(html.slice(0, 200))
      if (shell) {
        const notFound = res.statusCode === 404 ? options.notFoundDocument?.() : undefined
        // Another status's shell (or a 404 without the document to replace it) needs the runtime to show anything.
        if (notFound === undefined) return asRendered(html, cb)
        html = notFound
      }
      const cached = fromNextsCache(res)
      let page
      try {
        page = await finished(html, cached)
      } catch (err) {
        console.error('[videoveileder] could not finish a page; sending it as Next rendered it', err)
        return asRendered(html, cb)
      }
      if (res.destroyed) return
      const csp = res.getHeader('content-security-policy')
      if (typeof csp === 'string' && page.inlineScripts === 0) res.setHeader('Content-Security-Policy', withoutInlineScripts(csp))
      const etag = res.getHeader('etag')
      if (typeof etag === 'string') {
        const ours = ourEtag(etag)
        res.setHeader('ETag', ours)
        inlineByEtag.set(ours, page.inlineScripts)
        bounded(inlineByEtag, maxAddresses)
      }
      if (cached) remember(req, res, page, startedIn)
      sendPage(req, res, page, end, cb)
    }
  }

  /** Forgets every page answered without Next: call on any publish, change or removal. */
  function clear() {
    generation += 1
    addresses.clear()
  }

  /**
   * Whether this module sends the response itself (a reader's page, finished and already compressed): the
   * compression middleware in front of it must leave such a response alone.
   * @param {import('node:http').ServerResponse} res
   */
  const finishes = (res) => sentHere.has(res)

  return { handle, clear, finishes }
}
