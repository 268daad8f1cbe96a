// The last step of every public page on its way out of the production server (scripts/server.mjs).
//
// The public site is a set of documents: every control on it works as plain HTML (links and GET forms).
// Next renders and caches each page with the React runtime attached (about 140 KB of gzipped JavaScript and a
// copy of the page as flight data, 90 KB of inline script on the guide), so that the browser can hydrate it.
// Readers gain nothing from that: nothing on a public page needs React in the browser. So every page a
// reader asks for (no Payload session, no preview) leaves the server without the runtime:
//   - Next's script tags, its inline flight data and its script preloads are removed; the HTML is otherwise
//     byte for byte what Next rendered. Our own scripts (progressive enhancement, src under /scripts/) stay.
//   - With no inline script left, the page's Content-Security-Policy drops 'unsafe-inline' for scripts.
//   - The result is kept per page version and compressed once (brotli and gzip), not per request.
//   - Next's 404 for a page's own notFound() is an empty shell that only JavaScript fills in
//     (vercel/next.js#95613); it is replaced by the site's complete 404 document, the one every unknown
//     address gets (app/global-not-found.tsx), with the same 404 status.
//   - A page Next served from its cache is answered again from here for a few seconds, until content
//     changes (see `handle`).
// Editors and vendors (a Payload session) and Next's draft mode get the page with the runtime, as Next rendered
// it: the draft preview and live preview still to come run React in the browser.
import zlib from 'node:zlib'

import Negotiator from 'negotiator'

const MAX_PAGES = 64

/** `<script ...>...</script>`: React escapes `<` in text and attributes, so the first `</script` ends it. */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
/** `<link rel="preload" as="script">` and `<link rel="modulepreload">`, Next's hints for the scripts above. */
const SCRIPT_HINT = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script"|[^>]*\brel="modulepreload")[^>]*>/gi
/** Inline scripts that are the runtime: the flight data and the bundler's chunk list. */
const RUNTIME_INLINE = /^\s*\(?\s*(?:self\.__next_[a-z]+|globalThis\["TURBOPACK"\])/
const DATA_SCRIPT = /\btype="application\/(?:ld\+)?json"/i

/**
 * Removes Next's runtime from a rendered page. `inlineScripts` counts the inline scripts left (React's own
 * boundary scripts, if a page ever streams), so that the caller knows whether the CSP can forbid them.
 * @param {string} html
 * @returns {{ html: string, inlineScripts: number }}
 */
export function stripRuntime(html) {
  let inlineScripts = 0
  const out = html
    .replace(SCRIPT, (element, attrs, body) => {
      const src = /(?:^|\s)src="([^"]*)"/i.exec(attrs)?.[1]
      if (src !== undefined) return src.startsWith('/_next/') ? '' : element
      if (RUNTIME_INLINE.test(body)) return ''
      if (!DATA_SCRIPT.test(attrs)) inlineScripts += 1
      return element
    })
    .replace(SCRIPT_HINT, '')
  return { html: out, inlineScripts }
}

/** The CSP of a page that runs no inline script: scripts from this origin only. */
export function withoutInlineScripts(csp) {
  return csp.replace(/(script-src[^;]*?)\s+'unsafe-inline'/, '$1')
}

const ERROR_SHELL = /^\s*<!DOCTYPE html>\s*<html id="__next_error__"/i

/** Paths the public site does not own (as in next.config.mjs): Payload's admin and API, Next's own files. */
const NOT_SITE = /^\/(?:(?:admin|api)(?:\/|$)|_)/
/** A Payload session (an editor or a vendor) or Next's draft mode: they get the page with React's runtime. */
const SESSION = /(?:^|;)\s*(?:payload-token|__prerender_bypass)=/

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

/** A response it finishes: an HTML page, found or not. */
const isPage = (res) => (res.statusCode === 200 || res.statusCode === 404) && String(res.getHeader('content-type') ?? '').startsWith('text/html')

/**
 * The finished page is another representation than the one Next rendered (an editor gets that one), so it
 * gets its own validator: Next's ETag with a suffix. A reader's If-None-Match is translated back before Next
 * compares it, so unchanged pages still answer 304.
 */
const ETAG_SUFFIX = '-doc'
const ourEtag = (etag) => etag.replace(/"$/, `${ETAG_SUFFIX}"`)
const nextsEtags = (header) => header.replaceAll(`${ETAG_SUFFIX}"`, '"')
const sameEtag = (a, b) => a.replace(/^W\//, '') === b.replace(/^W\//, '')

/** Headers of Next's client router (RSC requests, prefetches): those responses are not pages. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url']
/** Headers that belong to one response, not to the page. */
const PER_RESPONSE = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date'])

/** Adds Accept-Encoding to Vary: the same address is sent in several encodings. */
function varyOnEncoding(res) {
  const vary = String(res.getHeader('vary') ?? '')
  if (!/\baccept-encoding\b/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
}

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
  /** Next's rendered page -> finished page { identity, inlineScripts, encoded }, for pages from Next's cache. */
  const pages = new Map()
  /** address -> { page, headers, etag, storedAt } (least recently used first) */
  const addresses = new Map()
  /** Our ETag -> inline scripts left in that finished page: a 304 carries the same CSP as the page. */
  const inlineByEtag = new Map()
  /** Bumped by clear(): a response rendered before a change is never kept after it. */
  let generation = 0

  const bounded = (map, max) => {
    while (map.size > max) map.delete(map.keys().next().value)
  }

  /** Finishes a rendered page; one Next served from its cache is finished once per version and kept. */
  function finished(rendered, keep) {
    const known = pages.get(rendered)
    if (known) {
      pages.delete(rendered)
      pages.set(rendered, known)
      return known
    }
    const { html, inlineScripts } = stripRuntime(rendered)
    const page = { identity: Buffer.from(html, 'utf8'), inlineScripts, encoded: {} }
    if (keep) {
      pages.set(rendered, page)
      bounded(pages, MAX_PAGES)
    }
    return page
  }

  /**
   * The page's bytes in one encoding, compressed once (concurrent requests share the work). Brotli at quality
   * 6: the guide (49 KB) takes 4 ms and comes out 7% larger than at quality 11, which takes 58 ms, too long
   * for the search page, which is a new page per query.
   */
  function encoded(page, encoding) {
    if (encoding === 'identity') return Promise.resolve(page.identity)
    page.encoded[encoding] ??= new Promise((resolve, reject) => {
      const done = (err, bytes) => (err ? reject(err) : resolve(bytes))
      if (encoding === 'br') {
        zlib.brotliCompress(page.identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: page.identity.length } }, done)
      } else zlib.gzip(page.identity, { level: 6 }, done)
    }).catch((err) => {
      delete page.encoded[encoding] // the next request tries again
      throw err
    })
    return page.encoded[encoding]
  }

  /** Sends a finished page in the encoding the client prefers (no body for HEAD), with the headers that encoding needs. */
  function send(req, res, page, end, callback) {
    const encoding = new Negotiator(req).encoding(['br', 'gzip', 'identity'], { preferred: ['br', 'gzip'] }) ?? 'identity'
    const finish = (bytes, applied) => {
      if (res.destroyed) return
      if (res.headersSent) return void end.call(res, undefined, callback) // cannot happen with Next; never hang if it does
      res.setHeader('Content-Length', bytes.length)
      if (applied !== 'identity') {
        res.setHeader('Content-Encoding', applied)
        // Each encoding is its own representation: a weak validator, as nginx does when it compresses.
        const etag = res.getHeader('etag')
        if (typeof etag === 'string' && !etag.startsWith('W/')) res.setHeader('ETag', `W/${etag}`)
      }
      varyOnEncoding(res)
      end.call(res, req.method === 'HEAD' ? undefined : bytes, callback)
    }
    encoded(page, encoding).then(
      (bytes) => finish(bytes, encoding),
      (err) => {
        console.error('[videoveileder] could not compress a page; sending it uncompressed', err)
        finish(page.identity, 'identity')
      },
    )
  }

  /** A finished page for this address, still fresh, or undefined. */
  function remembered(req) {
    if (freshForMs <= 0 || ROUTER_HEADERS.some((h) => h in req.headers)) return undefined
    const entry = addresses.get(req.url)
    if (!entry) return undefined
    addresses.delete(req.url)
    if (Date.now() - entry.storedAt > freshForMs) return undefined
    addresses.set(req.url, entry)
    return entry
  }

  function remember(req, res, page, startedIn) {
    if (freshForMs <= 0 || startedIn !== generation || res.statusCode !== 200) return
    if (ROUTER_HEADERS.some((h) => h in req.headers)) return
    // A response that sets a cookie belongs to the one who asked.
    if (res.hasHeader('set-cookie')) return
    const headers = Object.entries(res.getHeaders()).filter(([name]) => !PER_RESPONSE.has(name))
    addresses.set(req.url, { page, headers, etag: String(res.getHeader('etag') ?? ''), storedAt: Date.now() })
    bounded(addresses, maxAddresses)
  }

  /** Only what Next serves from its own cache (an ISR page, fresh): not a dynamic page, not a stale one. */
  const fromNextsCache = (res) => ['HIT', 'MISS'].includes(String(res.getHeader('x-nextjs-cache') ?? ''))

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
   * This must be installed after any compression middleware, so that it sees the page before it is compressed.
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
      for (const [name, value] of known.headers) res.setHeader(name, value)
      res.setHeader('x-nextjs-cache', 'HIT')
      const ifNoneMatch = req.headers['if-none-match']
      if (ifNoneMatch && known.etag && ifNoneMatch.split(/\s*,\s*/).some((tag) => sameEtag(tag, known.etag))) {
        res.statusCode = 304
        varyOnEncoding(res)
        return void res.end()
      }
      res.statusCode = 200
      return send(req, res, known.page, res.end)
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
      const etag = res.getHeader('etag')
      const ours = typeof etag === 'string' ? ourEtag(etag) : undefined
      if (res.statusCode === 304 && askedForFinished) {
        // The copy the reader revalidates is a finished page: the 304 carries that page's headers.
        if (ours) res.setHeader('ETag', ours)
        const csp = res.getHeader('content-security-policy')
        if (typeof csp === 'string' && inlineByEtag.get(ours) === 0) res.setHeader('Content-Security-Policy', withoutInlineScripts(csp))
        varyOnEncoding(res)
      }
      if (!isPage(res)) {
        restore()
        return false
      }
      if (ours) res.setHeader('ETag', ours)
      chunks = []
      return true
    }
    const collect = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return
      if (typeof chunk === 'string' && typeof encoding === 'string' && !/^utf-?8$/i.test(encoding)) chunk = Buffer.from(chunk, encoding)
      chunks.push(chunk)
    }
    // A cached page is one string, the same string each time: used as it is (no copy), it is also the key
    // under which its finished form is kept. A streamed page arrives in pieces and is joined.
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
      const cached = fromNextsCache(res)
      let html = rendered()
      if (res.statusCode === 404 && ERROR_SHELL.test(html)) html = options.notFoundDocument?.() ?? html
      const page = finished(html, cached)
      const csp = res.getHeader('content-security-policy')
      if (typeof csp === 'string' && page.inlineScripts === 0) res.setHeader('Content-Security-Policy', withoutInlineScripts(csp))
      const etag = res.getHeader('etag')
      if (typeof etag === 'string') {
        inlineByEtag.set(etag, page.inlineScripts)
        bounded(inlineByEtag, maxAddresses)
      }
      if (cached) remember(req, res, page, startedIn)
      send(req, res, page, end, cb)
      return res
    }
  }

  /** Forgets every page answered without Next: call on any publish, change or removal. */
  function clear() {
    generation += 1
    addresses.clear()
  }

  return { handle, clear }
}
