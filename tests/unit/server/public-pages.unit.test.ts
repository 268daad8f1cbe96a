import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'

import { createPublicPages } from '../../../src/server/public-pages.mjs'
import { createSiteHandler } from '../../../src/server/site-handler.mjs'

// src/server/public-pages.mjs behind src/server/site-handler.mjs, wired as scripts/server.mjs wires it: public
// pages leave the production server without Next's runtime, compressed once per version; editors and
// previews get the page as Next rendered it. Expected pages are written out by hand.

const CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; object-src 'none'"
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'"

/** The shape of a page as Next 16 renders it (script tags, inline flight data, bundler chunk list, hints). */
function nextPage(body: string, lang = 'nb'): string {
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charSet="utf-8"/>` +
    '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>' +
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>' +
    '<link rel="preload" href="/fonts/inter.woff2" as="font" type="font/woff2" crossorigin=""/>' +
    '<script src="/_next/static/chunks/main.js" async=""></script>' +
    '<script src="/scripts/directory-filters.js" async=""></script>' +
    '<title>Videokonsultasjon – æøå</title>' +
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>' +
    `<body><main id="main">${body}</main>` +
    '<script type="application/ld+json">{"@type":"GovernmentService"}</script>' +
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>' +
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
    `<script>self.__next_f.push([1,"1:[\\"$\\",\\"p\\",null,{\\"children\\":\\"${body.length}\\u003c/script\\u003e\\"}]\\n"])</script>` +
    '</body></html>'
  )
}

/** The same page as a reader gets it: only our own markup and scripts. */
function finishedPage(body: string, lang = 'nb'): string {
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charSet="utf-8"/>` +
    '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>' +
    '<link rel="preload" href="/fonts/inter.woff2" as="font" type="font/woff2" crossorigin=""/>' +
    '<script src="/scripts/directory-filters.js" async=""></script>' +
    '<title>Videokonsultasjon – æøå</title></head>' +
    `<body><main id="main">${body}</main>` +
    '<script type="application/ld+json">{"@type":"GovernmentService"}</script>' +
    '</body></html>'
  )
}

const PAGE_BODY = `<h1>Videokonsultasjon</h1>${'<p>Blåbærsyltetøy – “video” i helsetjenesten.</p>'.repeat(400)}`
const PAGE = nextPage(PAGE_BODY)
const ERROR_SHELL =
  '<!DOCTYPE html><html id="__next_error__"><head><script src="/_next/static/chunks/main.js" async=""></script></head>' +
  '<body><div hidden=""><!--$--><!--/$--></div><script>self.__next_f.push([1,"c:E{\\"digest\\":\\"NEXT_HTTP_ERROR_FALLBACK;404\\"}"])</script></body></html>'
const MOVED = `<!DOCTYPE html><html><body><script src="/_next/static/chunks/main.js"></script>${'<p>Flyttet</p>'.repeat(200)}</body></html>`
const NOT_FOUND_BODY = '<h1>Fant ikke siden</h1><section lang="nn"><h2>Fann ikkje sida</h2></section>'
const NOT_FOUND = nextPage(NOT_FOUND_BODY)

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

function request(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

const decode = (reply: Reply): string => {
  const encoding = reply.headers['content-encoding']
  if (encoding === 'br') return zlib.brotliDecompressSync(reply.body).toString('utf8')
  if (encoding === 'gzip') return zlib.gunzipSync(reply.body).toString('utf8')
  return reply.body.toString('utf8')
}

describe('the finisher in front of the app (as in scripts/server.mjs)', () => {
  let server: http.Server
  let base: string
  let publicPages: ReturnType<typeof createPublicPages>
  /** The same, with the reader page cache off (READER_PAGE_CACHE_MS=0). */
  let serverOff: http.Server
  let baseOff: string
  /** Requests that reached the app, per path. */
  const reached = new Map<string, number>()
  let release: (() => void) | undefined

  beforeAll(async () => {
    publicPages = createPublicPages({ notFoundDocument: () => NOT_FOUND, freshForMs: 300 })
    // Stands in for Next: sets headers the way it does, then sends the body whole, streamed, or as JSON.
    const app = (req: http.IncomingMessage, res: http.ServerResponse) => {
      const url = new URL(req.url ?? '/', 'http://x')
      reached.set(url.pathname, (reached.get(url.pathname) ?? 0) + 1)
      const html = (status: number) => {
        res.statusCode = status
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        res.setHeader('Content-Security-Policy', CSP)
        res.setHeader('Vary', 'rsc, next-router-state-tree')
        res.setHeader('ETag', '"v1"')
      }
      switch (url.pathname) {
        case '/streamed': {
          html(200)
          res.flushHeaders()
          const third = Math.ceil(PAGE.length / 3)
          res.write(PAGE.slice(0, third))
          ;(res as unknown as { flush: () => void }).flush()
          setTimeout(() => {
            res.write(Buffer.from(PAGE.slice(third, 2 * third)))
            res.end(PAGE.slice(2 * third))
          }, 5)
          return
        }
        case '/vendor-that-does-not-exist':
          html(404)
          res.setHeader('Content-Length', Buffer.byteLength(ERROR_SHELL))
          return void res.end(ERROR_SHELL)
        case '/withdrawn':
          // Withdrawn content (the next issue): a complete page with 410, from Next's cache.
          html(410)
          res.setHeader('x-nextjs-cache', 'HIT')
          return void res.end(PAGE)
        case '/forbidden':
          html(403)
          return void res.end(ERROR_SHELL.replace('NEXT_HTTP_ERROR_FALLBACK;404', 'NEXT_HTTP_ERROR_FALLBACK;403'))
        case '/moved':
          res.statusCode = 308
          res.setHeader('Location', '/guide')
          res.setHeader('Content-Type', 'text/html; charset=utf-8')
          res.setHeader('Content-Security-Policy', CSP)
          return void res.end(MOVED)
        case '/broken':
          html(500)
          return void res.end(PAGE)
        case '/slow':
          // Rendered while a publish happens (the test releases it after clear()).
          html(200)
          res.setHeader('x-nextjs-cache', 'MISS')
          release = () => res.end(PAGE)
          return
        case '/with-cookie':
          html(200)
          res.setHeader('x-nextjs-cache', 'HIT')
          res.setHeader('Set-Cookie', 'session=1; HttpOnly')
          return void res.end(PAGE)
        case '/dynamic':
        case '/stale':
          html(200)
          if (url.pathname === '/stale') res.setHeader('x-nextjs-cache', 'STALE')
          return void res.end(PAGE)
        case '/api/publish':
          // A publish: the hook clears at once, but Next applies the expired tag only when the request ends.
          publicPages.clear()
          release = () => res.end('{}')
          return
        case '/api/vendors':
          res.setHeader('Content-Type', 'application/json')
          return void res.end(JSON.stringify({ docs: [PAGE] }))
        default:
          html(200)
          res.setHeader('x-nextjs-cache', 'HIT')
          // Next's freshness check: W/ is ignored in the comparison.
          if ((req.headers['if-none-match'] ?? '').split(/,\s*/).some((t) => t.replace(/^W\//, '') === '"v1"')) {
            res.statusCode = 304
            return void res.end()
          }
          res.setHeader('Content-Length', Buffer.byteLength(PAGE))
          return void res.end(req.method === 'HEAD' ? undefined : PAGE)
      }
    }
    const listen = async (pages: ReturnType<typeof createPublicPages>): Promise<[http.Server, string]> => {
      const s = http.createServer(createSiteHandler({ publicPages: pages, render: app }))
      await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))
      return [s, `http://127.0.0.1:${(s.address() as AddressInfo).port}`]
    }
    ;[server, base] = await listen(publicPages)
    ;[serverOff, baseOff] = await listen(createPublicPages({ freshForMs: 0 }))
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    await new Promise((resolve) => serverOff.close(resolve))
  })
  beforeEach(() => {
    publicPages.clear()
    reached.clear()
  })

  const stripped = finishedPage(PAGE_BODY)

  test('a reader gets the page without the runtime, with its exact length and a CSP without inline scripts', async () => {
    const reply = await request(base, '/')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-encoding']).toBeUndefined()
    expect(reply.body.toString('utf8')).toBe(stripped)
    expect(Number(reply.headers['content-length'])).toBe(reply.body.length)
    expect(reply.headers['content-security-policy']).toBe(STRICT_CSP)
    expect(reply.headers.etag).toBe('"v1-doc"')
  })

  test.each(['br', 'gzip'])('%s: compressed once per page, the same bytes each time, a weak ETag', async (encoding) => {
    const first = await request(base, '/', { 'accept-encoding': `${encoding}, identity;q=0.5` })
    const second = await request(base, '/', { 'accept-encoding': encoding })
    expect(first.headers['content-encoding']).toBe(encoding)
    expect(decode(first)).toBe(stripped)
    expect(Number(first.headers['content-length'])).toBe(first.body.length)
    expect(first.body.length).toBeLessThan(Buffer.byteLength(stripped) / 5)
    expect(second.body.equals(first.body)).toBe(true)
    expect(first.headers.etag).toBe('W/"v1-doc"')
    expect(first.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding')
  })

  test("the finished page has its own validator: a reader's copy revalidates (304), an editor's request never matches it", async () => {
    for (const etag of ['"v1-doc"', 'W/"v1-doc"']) {
      const reader = await request(base, '/', { 'if-none-match': etag, 'accept-encoding': 'br' })
      expect(reader.status).toBe(304)
      expect(reader.headers.etag).toBe('"v1-doc"')
      expect(reader.body.length).toBe(0)
    }
    const editor = await request(base, '/', { 'if-none-match': '"v1-doc"', cookie: 'payload-token=abc' })
    expect(editor.status).toBe(200)
    expect(editor.body.toString('utf8')).toBe(PAGE)
    expect(editor.headers.etag).toBe('"v1"')
  })

  test('a browser that takes both gets brotli', async () => {
    const reply = await request(base, '/', { 'accept-encoding': 'gzip, deflate, br' })
    expect(reply.headers['content-encoding']).toBe('br')
  })

  test('a streamed page (headers flushed before the first chunk) is finished too', async () => {
    const reply = await request(base, '/streamed', { 'accept-encoding': 'gzip' })
    expect(reply.status).toBe(200)
    expect(decode(reply)).toBe(stripped)
  })

  test('HEAD gets the headers a GET gets, without the body, from the app and from memory alike', async () => {
    const get = await request(base, '/', { 'accept-encoding': 'br' })
    for (const attempt of ['app', 'memory']) {
      if (attempt === 'app') publicPages.clear()
      const head = await request(base, '/', { 'accept-encoding': 'br' }, 'HEAD')
      expect({ attempt, status: head.status, body: head.body.length }).toEqual({ attempt, status: 200, body: 0 })
      for (const name of ['content-length', 'content-encoding', 'content-security-policy', 'etag', 'vary']) {
        expect({ attempt, name, value: head.headers[name] }).toEqual({ attempt, name, value: get.headers[name] })
      }
    }
  })

  test('a 304 from the app carries the finished headers: the strict CSP and Vary', async () => {
    const first = await request(base, '/', { 'accept-encoding': 'gzip' })
    publicPages.clear() // so that the app answers, not the memory
    const unchanged = await request(base, '/', { 'accept-encoding': 'gzip', 'if-none-match': String(first.headers.etag) })
    expect(unchanged.status).toBe(304)
    expect(reached.get('/')).toBe(2)
    expect(unchanged.headers['content-security-policy']).toBe(STRICT_CSP)
    expect(unchanged.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding')
    expect(unchanged.headers.etag).toBe('"v1-doc"')
  })

  test("a page's own 404 (Next's empty error shell) becomes the complete 404 document, status kept", async () => {
    const reply = await request(base, '/vendor-that-does-not-exist', { 'accept-encoding': 'br' })
    expect(reply.status).toBe(404)
    const html = decode(reply)
    expect(html).toBe(finishedPage(NOT_FOUND_BODY))
    expect(html).toContain('<h1>Fant ikke siden</h1>')
    expect(html).not.toContain('__next_error__')
  })

  test('a 404 shell with no complete 404 document at hand is sent as Next rendered it, not as an empty page', async () => {
    const reply = await request(baseOff, '/vendor-that-does-not-exist', { 'accept-encoding': 'gzip' })
    expect(reply.status).toBe(404)
    expect(decode(reply)).toBe(ERROR_SHELL)
    expect(reply.headers['content-security-policy']).toBe(CSP)
  })

  test('a 410 (withdrawn content) is finished as a page: no runtime, strict CSP, compressed once, its own ETag', async () => {
    const first = await request(base, '/withdrawn', { 'accept-encoding': 'br' })
    const second = await request(base, '/withdrawn', { 'accept-encoding': 'br' })
    expect(first.status).toBe(410)
    expect(decode(first)).toBe(stripped)
    expect(first.headers['content-security-policy']).toBe(STRICT_CSP)
    expect(first.headers.etag).toBe('W/"v1-doc"')
    expect(second.body.equals(first.body)).toBe(true)
  })

  test("another status's error shell (403) is sent as Next rendered it: only the runtime fills it in", async () => {
    const reply = await request(base, '/forbidden', { 'accept-encoding': 'gzip' })
    expect(reply.status).toBe(403)
    expect(decode(reply)).toBe(ERROR_SHELL.replace('NEXT_HTTP_ERROR_FALLBACK;404', 'NEXT_HTTP_ERROR_FALLBACK;403'))
    expect(reply.headers['content-security-policy']).toBe(CSP)
    expect(reply.headers.etag).toBe('"v1"')
  })

  test('a redirect passes through untouched', async () => {
    const reply = await request(base, '/moved')
    expect(reply.status).toBe(308)
    expect(reply.headers.location).toBe('/guide')
    expect(reply.body.toString('utf8')).toBe(MOVED)
    expect(reply.headers['content-security-policy']).toBe(CSP)
  })

  test('a client that takes only deflate gets the finished page as it is: one copy, its validator, not compressed again per request', async () => {
    const reply = await request(base, '/', { 'accept-encoding': 'deflate' })
    expect(reply.headers['content-encoding']).toBeUndefined()
    expect(reply.body.toString('utf8')).toBe(stripped)
    expect(Number(reply.headers['content-length'])).toBe(reply.body.length)
    expect(reply.headers.etag).toBe('"v1-doc"')
  })

  test.each([
    ['an editor (Payload session)', '/', { cookie: 'theme=light; payload-token=abc' }],
    ['a preview (draft mode)', '/', { cookie: '__prerender_bypass=1' }],
    ['the admin', '/admin', {}],
  ])('%s gets the page as Next rendered it, compressed as before', async (_who, path, headers) => {
    const reply = await request(base, path, { ...headers, 'accept-encoding': 'gzip' })
    expect(reply.headers['content-encoding']).toBe('gzip')
    expect(decode(reply)).toBe(PAGE)
    expect(reply.headers['content-security-policy']).toBe(CSP)
  })

  test('errors and API responses pass through untouched', async () => {
    const broken = await request(base, '/broken')
    expect(broken.status).toBe(500)
    expect(broken.body.toString('utf8')).toBe(PAGE)
    const api = await request(base, '/api/vendors', { 'accept-encoding': 'gzip' })
    expect(api.headers['content-encoding']).toBe('gzip')
    expect(JSON.parse(decode(api))).toEqual({ docs: [PAGE] })
  })

  describe('pages Next served from its cache are answered again without Next, until content changes', () => {
    test('the same bytes and headers, without reaching the app; 304 for a matching copy', async () => {
      const first = await request(base, '/guide', { 'accept-encoding': 'br' })
      const again = await request(base, '/guide', { 'accept-encoding': 'br' })
      const plain = await request(base, '/guide')
      expect(reached.get('/guide')).toBe(1)
      expect(again.body.equals(first.body)).toBe(true)
      expect(plain.body.toString('utf8')).toBe(stripped)
      for (const name of ['content-type', 'content-security-policy', 'etag', 'vary', 'content-encoding', 'content-length']) {
        expect({ name, value: again.headers[name] }).toEqual({ name, value: first.headers[name] })
      }
      expect(again.headers['x-nextjs-cache']).toBe('HIT')
      const unchanged = await request(base, '/guide', { 'if-none-match': String(first.headers.etag) })
      expect(unchanged.status).toBe(304)
      expect(unchanged.body.length).toBe(0)
      expect(reached.get('/guide')).toBe(1)
    })

    test('clear() (content changed) sends the next request to the app', async () => {
      await request(base, '/guide')
      publicPages.clear()
      await request(base, '/guide')
      expect(reached.get('/guide')).toBe(2)
    })

    test('a page rendered while content changed is not kept', async () => {
      const rendering = async (): Promise<() => void> => {
        while (!release) await new Promise((r) => setTimeout(r, 5))
        const finish = release
        release = undefined
        return finish
      }
      const pending = request(base, '/slow')
      const finishFirst = await rendering()
      publicPages.clear()
      finishFirst()
      expect((await pending).status).toBe(200)
      const next = request(base, '/slow')
      ;(await rendering())()
      await next
      expect(reached.get('/slow')).toBe(2)
    })

    test('a page read between the hook and the end of the publishing request is forgotten when that request ends', async () => {
      const publish = request(base, '/api/publish', {}, 'POST')
      while (!release) await new Promise((r) => setTimeout(r, 5))
      const finishPublish = release
      release = undefined
      // In the gap Next still has the old page; it is remembered...
      await request(base, '/guide')
      await request(base, '/guide')
      expect(reached.get('/guide')).toBe(1)
      // ...until the publishing request ends.
      finishPublish()
      await publish
      await request(base, '/guide')
      expect(reached.get('/guide')).toBe(2)
    })

    test('READER_PAGE_CACHE_MS=0: every request reaches the app, still finished', async () => {
      const first = await request(baseOff, '/guide')
      const second = await request(baseOff, '/guide')
      expect(reached.get('/guide')).toBe(2)
      expect(second.body.toString('utf8')).toBe(stripped)
      expect(first.body.equals(second.body)).toBe(true)
    })

    test('only for a while (freshForMs)', async () => {
      await request(base, '/guide')
      await new Promise((r) => setTimeout(r, 350))
      await request(base, '/guide')
      expect(reached.get('/guide')).toBe(2)
    })

    test.each([
      ['a dynamic page (not from the cache of Next)', '/dynamic', {}],
      ['a stale page', '/stale', {}],
      ['a 404', '/vendor-that-does-not-exist', {}],
      ['a response that sets a cookie', '/with-cookie', {}],
      ["a request of Next's client router", '/guide', { rsc: '1' }],
      ['an editor', '/guide', { cookie: 'payload-token=abc' }],
    ])('never: %s', async (_what, path, headers) => {
      await request(base, path, headers)
      await request(base, path, headers)
      expect(reached.get(path)).toBe(2)
    })
  })
})
