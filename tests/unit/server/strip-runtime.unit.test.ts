import { describe, expect, test } from '@jest/globals'

import { stripRuntime, withoutInlineScripts } from '../../../src/server/strip-runtime.mjs'

// src/server/strip-runtime.mjs: Next's runtime leaves a rendered page through an HTML tokenizer (parse5's
// rewriting stream); everything else is passed on byte for byte. Expected pages are written out here by hand.

const HEAD_KEPT =
  '<!DOCTYPE html><html lang="nb"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>' +
  '<link rel="preload" href="/fonts/inter.woff2" as="font" type="font/woff2" crossorigin=""/>'
const NEXT_HEAD =
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>' +
  '<script src="/_next/static/chunks/main.js" async=""></script>'
const OWN_SCRIPT = '<script src="/scripts/directory-filters.js" async=""></script>'
const TITLE = '<title>Videokonsultasjon – æøå &amp; “video”</title>'
const POLYFILLS = '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>'
const BODY = `<body><main id="main"><h1>Videokonsultasjon</h1>${'<p>Blåbærsyltetøy – “video” i helsetjenesten.</p>'.repeat(50)}</main>`
const LD_JSON = '<script type="application/ld+json">{"@type":"GovernmentService"}</script>'
const RUNTIME_BODY =
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  '<script>self.__next_f.push([1,"1:[\\"$\\",\\"p\\",null,{\\"children\\":\\"\\u003c/script\\u003e æøå\\"}]\\n"])</script>'
const END = '</body></html>'

/** A page as Next 16 renders it: its chunks, preloads, flight data and chunk list around our own markup. */
const PAGE = HEAD_KEPT + NEXT_HEAD + OWN_SCRIPT + TITLE + POLYFILLS + '</head>' + BODY + LD_JSON + RUNTIME_BODY + END
/** The same page as a reader gets it. */
const FINISHED = HEAD_KEPT + OWN_SCRIPT + TITLE + '</head>' + BODY + LD_JSON + END

describe('stripRuntime', () => {
  test("removes Next's scripts, flight data, chunk list and script preloads, and nothing else", async () => {
    expect(await stripRuntime([PAGE])).toEqual({ html: FINISHED, inlineScripts: 0 })
  })

  test('the same result however the page is cut into chunks (a streamed page), even inside a tag, a script or a character', async () => {
    const bytes = Buffer.from(PAGE, 'utf8')
    for (const size of [1, 7, 100, 4096]) {
      const chunks: Buffer[] = []
      for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size))
      expect({ size, ...(await stripRuntime(chunks)) }).toEqual({ size, html: FINISHED, inlineScripts: 0 })
    }
  })

  test('keeps and counts any other inline script, so the CSP is not tightened under it', async () => {
    const streamed = PAGE.replace(END, `<script>$RC("B:0","S:0")</script>${END}`)
    expect(await stripRuntime([streamed])).toEqual({ html: FINISHED.replace(END, `<script>$RC("B:0","S:0")</script>${END}`), inlineScripts: 1 })
  })

  test("markup that only looks like Next's (in a comment, in text, in another attribute) is left alone", async () => {
    const lookalikes =
      '<!DOCTYPE html><html><head></head><body>' +
      '<!-- <script src="/_next/static/chunks/old.js"></script> -->' +
      '<pre>&lt;script src="/_next/x.js"&gt;&lt;/script&gt; self.__next_f</pre>' +
      '<script data-src="/_next/static/chunks/lazy.js" src="/scripts/own.js"></script>' +
      '<link rel="preload" as="script" href="/scripts/own.js"/>' +
      '<link rel="preload" as="style" href="/_next/static/chunks/app.css"/>' +
      '</body></html>'
    expect(await stripRuntime([lookalikes])).toEqual({ html: lookalikes, inlineScripts: 0 })
  })

  test('a page without the runtime comes back byte for byte (entities, CRLF, odd spacing, upper case)', async () => {
    const plain = '<!doctype HTML>\r\n<HTML lang=nb>\r\n<body  class="a"><p title=\'x &quot; y\'>Hei&nbsp;&#x2F; &amp;</p><br>\r\n</body></HTML>\r\n'
    expect(await stripRuntime([plain])).toEqual({ html: plain, inlineScripts: 0 })
  })

  test('a script left open at the end of a truncated page is kept, not lost', async () => {
    const truncated = '<!DOCTYPE html><html><body><p>Hei</p><script>console.log(1)'
    expect(await stripRuntime([truncated])).toEqual({ html: truncated, inlineScripts: 1 })
  })

  test("withoutInlineScripts drops 'unsafe-inline' from script-src only", () => {
    const csp = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; object-src 'none'"
    expect(withoutInlineScripts(csp)).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'")
  })
})
