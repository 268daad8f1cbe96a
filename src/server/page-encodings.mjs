// A finished page's bytes in the encodings readers ask for, each made once per page (not per request), and
// sent with the headers that encoding needs. Used by ./public-pages.mjs; compression middleware leaves these
// responses alone (./site-handler.mjs).
import zlib from 'node:zlib'

import Negotiator from 'negotiator'

/**
 * @typedef {{ identity: Buffer, encoded: Record<string, Promise<Buffer> | undefined> }} EncodedPage
 * @param {string} html
 * @returns {EncodedPage}
 */
export const encodedPage = (html) => ({ identity: Buffer.from(html, 'utf8'), encoded: {} })

/** Adds Accept-Encoding to Vary: the same address is sent in several encodings. */
export function varyOnEncoding(res) {
  const vary = String(res.getHeader('vary') ?? '')
  if (!/\baccept-encoding\b/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
}

/**
 * The page's bytes in one encoding, compressed once (concurrent requests share the work). Brotli at quality
 * 6: the guide (49 KB) takes 4 ms and comes out 7% larger than at quality 11, which takes 58 ms, too long
 * for the search page, which is a new page per query.
 * @param {EncodedPage} page
 * @param {'br' | 'gzip' | 'identity'} encoding
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

/**
 * Sends a page in the encoding the client prefers (no body for HEAD), with Content-Length, Content-Encoding,
 * a weak ETag for a compressed copy and Vary.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {EncodedPage} page
 * @param {(this: import('node:http').ServerResponse, chunk?: Buffer, cb?: () => void) => unknown} end the response's own end
 * @param {(() => void) | undefined} [callback]
 */
export function sendPage(req, res, page, end, callback) {
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
