// Removes Next's runtime from a rendered page, token by token: parse5's rewriting stream reads the page as
// the HTML standard's tokenizer does (script bodies as script data, comments as comments, attributes decoded)
// and passes every token on as its original source, so that the page is otherwise byte for byte what Next
// rendered. Only `<script>` elements and `<link>` hints are looked at; what counts as the runtime is listed
// in ./nextInternals.mjs.
import { finished } from 'node:stream/promises'
import { StringDecoder } from 'node:string_decoder'

import { RewritingStream } from 'parse5-html-rewriting-stream'

import { INLINE_SCRIPTS_IN_CSP, NEXT_ASSETS, RUNTIME_INLINE_STARTS, SCRIPT_HINT } from './nextInternals.mjs'

/** Script types a browser does not run (data blocks): they are neither the runtime nor an inline script. */
const DATA_TYPES = new Set(['application/json', 'application/ld+json'])

const attribute = (tag, name) => tag.attrs.find((a) => a.name === name)?.value

const isRuntimeInline = (body) => {
  const code = body.trimStart().replace(/^\(\s*/, '')
  return RUNTIME_INLINE_STARTS.some((start) => code.startsWith(start))
}

const isNextScriptHint = (tag) =>
  (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/).includes(SCRIPT_HINT.rel) &&
  (attribute(tag, 'as') ?? '').toLowerCase() === SCRIPT_HINT.as &&
  (attribute(tag, 'href') ?? '').startsWith(NEXT_ASSETS)

/**
 * `inlineScripts` counts the inline scripts left (React's own boundary scripts, if a page ever streams), so
 * that the caller knows whether the CSP can forbid them.
 * @param {Iterable<string | Uint8Array>} chunks the page as it arrived (UTF-8), in as many pieces as it came
 * @returns {Promise<{ html: string, inlineScripts: number }>}
 */
export async function stripRuntime(chunks) {
  const rewriter = new RewritingStream()
  /** @type {string[]} */
  const out = []
  let inlineScripts = 0
  /** The `<script>` being read: its source so far, and what its start tag said. Decided at its end tag. */
  let script
  const settle = (emit) => {
    const { source, body, src, data } = script
    script = undefined
    if (src !== undefined ? src.startsWith(NEXT_ASSETS) : isRuntimeInline(body)) return
    if (src === undefined && !data) inlineScripts += 1
    emit(source.join(''))
  }

  rewriter.on('startTag', (tag, raw) => {
    if (tag.tagName === 'script') {
      const type = attribute(tag, 'type')?.trim().toLowerCase()
      script = { source: [raw], body: '', src: attribute(tag, 'src'), data: type !== undefined && DATA_TYPES.has(type) }
    } else if (!(tag.tagName === 'link' && isNextScriptHint(tag))) rewriter.emitRaw(raw)
  })
  rewriter.on('text', (text, raw) => {
    if (!script) return rewriter.emitRaw(raw)
    script.source.push(raw)
    script.body += text.text
  })
  rewriter.on('endTag', (tag, raw) => {
    if (!script) return rewriter.emitRaw(raw)
    script.source.push(raw)
    if (tag.tagName === 'script') settle((html) => rewriter.emitRaw(html))
  })
  rewriter.on('data', (piece) => out.push(piece))

  const done = finished(rewriter)
  const decoder = new StringDecoder('utf8')
  for (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk)
    if (text) rewriter.write(text)
  }
  const rest = decoder.end()
  if (rest) rewriter.write(rest)
  rewriter.end()
  await done
  // A page cut off inside a script (never from Next, but never lost either): what was read stays.
  if (script) settle((html) => out.push(html))
  return { html: out.join(''), inlineScripts }
}

/** The CSP of a page that runs no inline script: scripts from this origin only. */
export function withoutInlineScripts(csp) {
  return csp.replace(INLINE_SCRIPTS_IN_CSP, '$1')
}
