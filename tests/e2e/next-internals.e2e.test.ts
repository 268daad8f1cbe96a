import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { finished } from 'node:stream/promises'

import { describe, expect, test } from '@jest/globals'
import { RewritingStream } from 'parse5-html-rewriting-stream'

import {
  CACHE_HEADER,
  DRAFT_MODE_COOKIE,
  ERROR_SHELL,
  ETAG,
  FROM_CACHE,
  INLINE_SCRIPTS_IN_CSP,
  NEXT_ASSETS,
  PRERENDERED_NOT_FOUND,
  ROUTER_HEADERS,
  RUNTIME_INLINE_STARTS,
  SCRIPT_HINT,
} from '../../src/server/nextInternals.mjs'
import { unique, url } from './helpers/api'

// Every entry of src/server/nextInternals.mjs, checked against this build of Next and the production server:
// after a Next upgrade that changes one, this fails and names it.

/**
 * A Payload session cookie (not a valid one: Payload ignores it, the page is a reader's): the finisher leaves
 * the response as Next sent it.
 */
const AS_NEXT_SENT = { cookie: 'payload-token=not-a-session' }

type Element = { attrs: Record<string, string>; body: string }

/** The `<script>` and `<link>` elements of a page, read by the HTML tokenizer. */
async function elementsOf(html: string): Promise<{ scripts: Element[]; links: Element[] }> {
  const tokens = new RewritingStream()
  const scripts: Element[] = []
  const links: Element[] = []
  let open: Element | undefined
  tokens.on('startTag', (tag) => {
    const element = { attrs: Object.fromEntries(tag.attrs.map((a) => [a.name, a.value])), body: '' }
    if (tag.tagName === 'script') scripts.push((open = element))
    if (tag.tagName === 'link') links.push(element)
  })
  tokens.on('text', (text) => {
    if (open) open.body += text.text
  })
  tokens.on('endTag', (tag) => {
    if (tag.tagName === 'script') open = undefined
  })
  const done = finished(tokens)
  tokens.end(html)
  await done
  return { scripts, links }
}

async function asNextSent(pagePath: string, headers: Record<string, string> = {}) {
  const res = await fetch(url(pagePath), { headers: { ...AS_NEXT_SENT, ...headers } })
  return { res, html: await res.text() }
}

const build = (file: string) => path.join(process.cwd(), file)

describe("what the finisher assumes about Next's output (src/server/nextInternals.mjs)", () => {
  test('NEXT_ASSETS: the runtime is loaded by <script src> under it, and it serves JavaScript', async () => {
    const { scripts } = await elementsOf((await asNextSent('/')).html)
    const sources = scripts.map((s) => s.attrs.src).filter((src): src is string => src !== undefined)
    const nexts = sources.filter((src) => src.startsWith(NEXT_ASSETS))
    expect(nexts.length).toBeGreaterThan(2)
    const chunk = await fetch(url(nexts[0]!))
    expect(chunk.status).toBe(200)
    expect(chunk.headers.get('content-type')).toMatch(/javascript/)
  })

  test.each(RUNTIME_INLINE_STARTS)('RUNTIME_INLINE_STARTS: an inline script of the page begins with %s', async (start) => {
    const { scripts } = await elementsOf((await asNextSent('/')).html)
    const inline = scripts.filter((s) => s.attrs.src === undefined).map((s) => s.body.trimStart().replace(/^\(\s*/, ''))
    expect(inline.filter((code) => code.startsWith(start)).length).toBeGreaterThan(0)
  })

  test('RUNTIME_INLINE_STARTS: every inline script Next adds is one of them (the rest is our JSON-LD)', async () => {
    const { scripts } = await elementsOf((await asNextSent('/')).html)
    const others = scripts
      .filter((s) => s.attrs.src === undefined && s.attrs.type !== 'application/ld+json')
      .map((s) => s.body.trimStart().replace(/^\(\s*/, ''))
      .filter((code) => !RUNTIME_INLINE_STARTS.some((start) => code.startsWith(start)))
    expect(others).toEqual([])
  })

  test('SCRIPT_HINT: Next hints its scripts with <link rel="preload" as="script"> under NEXT_ASSETS', async () => {
    const { links } = await elementsOf((await asNextSent('/')).html)
    const hints = links.filter((l) => l.attrs.rel === SCRIPT_HINT.rel && l.attrs.as === SCRIPT_HINT.as)
    expect(hints.length).toBeGreaterThan(0)
    expect(hints.every((l) => l.attrs.href?.startsWith(NEXT_ASSETS))).toBe(true)
  })

  test("ERROR_SHELL: a page's own notFound() is Next's error shell with 404; a reader gets the complete 404 document instead", async () => {
    const address = `/leverandorer/finnes-ikke-${unique()}`
    const { res, html } = await asNextSent(address)
    expect(res.status).toBe(404)
    expect(ERROR_SHELL.test(html.slice(0, 200))).toBe(true)
    const reader = await fetch(url(address))
    expect(reader.status).toBe(404)
    const document = await reader.text()
    expect(ERROR_SHELL.test(document.slice(0, 200))).toBe(false)
    expect(document).toContain('<h1')
  })

  test('PRERENDERED_NOT_FOUND: next build writes the complete 404 document there, with status 404', () => {
    const html = fs.readFileSync(build(PRERENDERED_NOT_FOUND), 'utf8')
    expect(ERROR_SHELL.test(html.slice(0, 200))).toBe(false)
    expect(html).toContain('<h1')
    const meta = JSON.parse(fs.readFileSync(build(PRERENDERED_NOT_FOUND.replace(/\.html$/, '.meta')), 'utf8')) as { status?: number }
    expect(meta.status).toBe(404)
  })

  test('CACHE_HEADER, FROM_CACHE: a cached page says HIT or MISS; a page rendered per request does not say it', async () => {
    // New addresses each, so that the reader page cache has not seen them: the header is Next's own.
    const cached = await fetch(url(`/tilgjengelighet?internals=${unique()}`))
    expect(FROM_CACHE).toContain(cached.headers.get(CACHE_HEADER))
    const dynamic = await fetch(url(`/sok?q=${unique()}`))
    expect(dynamic.status).toBe(200)
    expect(FROM_CACHE).not.toContain(dynamic.headers.get(CACHE_HEADER))
  })

  test('ETAG: a cached page has a strong ETag, and Next answers a matching If-None-Match (weak or not) with 304', async () => {
    // node:http, not fetch: fetch adds `Cache-Control: no-cache` to a conditional request, which Next honours with a 200.
    const ask = (tag: string) =>
      new Promise<{ status: number; etag: string | undefined }>((resolve, reject) => {
        http
          .get(url('/'), { headers: { ...AS_NEXT_SENT, 'if-none-match': tag } }, (res) => {
            res.resume()
            res.on('end', () => resolve({ status: res.statusCode ?? 0, etag: res.headers.etag }))
          })
          .on('error', reject)
      })
    // A page Next renders again in the background (the first request after a start) changes its ETag once.
    let etag = ''
    for (let attempt = 0; attempt < 5; attempt += 1) {
      etag = (await asNextSent('/')).res.headers.get('etag') ?? ''
      expect(etag).toMatch(ETAG)
      const again = await ask(etag)
      if (again.status === 304) break
      expect({ status: again.status, changed: again.etag !== etag }).toEqual({ status: 200, changed: true })
    }
    for (const tag of [etag, `W/${etag}`]) expect({ tag, status: (await ask(tag)).status }).toEqual({ tag, status: 304 })
  })

  test("ROUTER_HEADERS: the client router's headers, as the build's routes manifest and every page's Vary name them", async () => {
    const manifest = JSON.parse(fs.readFileSync(build('.next/routes-manifest.json'), 'utf8')) as { rsc: { varyHeader: string; contentTypeHeader: string } }
    expect(manifest.rsc.varyHeader.split(/\s*,\s*/)).toEqual(ROUTER_HEADERS)
    const { res } = await asNextSent('/')
    const vary = (res.headers.get('vary') ?? '').split(/\s*,\s*/).map((h) => h.toLowerCase())
    for (const header of ROUTER_HEADERS) expect({ header, inVary: vary.includes(header) }).toEqual({ header, inVary: true })
    const flight = await fetch(url('/'), { headers: { [ROUTER_HEADERS[0]!]: '1' } })
    expect(flight.headers.get('content-type')).toContain(manifest.rsc.contentTypeHeader)
  })

  test("DRAFT_MODE_COOKIE: with this build's preview id the page is rendered for that request alone; another value is cleared", async () => {
    const manifest = JSON.parse(fs.readFileSync(build('.next/prerender-manifest.json'), 'utf8')) as { preview: { previewModeId: string } }
    const draft = await fetch(url(`/tilgjengelighet?internals=${unique()}`), { headers: { cookie: `${DRAFT_MODE_COOKIE}=${manifest.preview.previewModeId}` } })
    expect(draft.status).toBe(200)
    const renderedAlone = 'private, no-cache, no-store, max-age=0, must-revalidate'
    expect(draft.headers.get('cache-control')).toBe(renderedAlone)
    expect(draft.headers.get('etag')).toBeNull()
    // Another value gets the page Next cached, not one rendered for it (next.config.mjs still marks any request
    // with the cookie `private, no-store`, so that no shared cache keeps what a preview may have seen).
    const other = await fetch(url(`/tilgjengelighet?internals=${unique()}`), { headers: { cookie: `${DRAFT_MODE_COOKIE}=not-this-builds-id` } })
    expect(other.headers.get('cache-control')).not.toBe(renderedAlone)
    expect(other.headers.getSetCookie().some((c) => c.startsWith(`${DRAFT_MODE_COOKIE}=;`))).toBe(true)
  })

  test("INLINE_SCRIPTS_IN_CSP: the page's CSP allows inline scripts in that shape; the finished page's drops exactly that", async () => {
    const { res } = await asNextSent('/')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(INLINE_SCRIPTS_IN_CSP)
    const reader = await fetch(url(`/?internals=${unique()}`))
    expect(reader.headers.get('content-security-policy')).toBe(csp.replace(INLINE_SCRIPTS_IN_CSP, '$1'))
  })
})
