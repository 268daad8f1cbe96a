// Preloaded into the production server by scripts/start.mjs (node --require).
//
// Next hands a cached page to Node as one JavaScript string: `res.end(html)`. Node then prepends the header
// block to the string (a new concatenated string per response), flattens it and encodes it to UTF-8, on every
// request: for the 140 KB guide that copying was about a quarter of the server's CPU under load (perf:
// String::SlowFlatten, page faults on the large copy, WriteUtf8). Here a large string body is sent as the
// UTF-8 bytes of that same string, kept for the most recent bodies: a cached page is encoded once, not per
// request. Same bytes, same Content-Length (Next computes it with Buffer.byteLength(html, 'utf8')).
'use strict'
const http = require('node:http')

const MIN_CHARS = 16 * 1024
const MAX_BODIES = 64
const recent = new Map() // body string -> its UTF-8 bytes, least recently used first

function bytesOf(body) {
  let bytes = recent.get(body)
  if (bytes) recent.delete(body)
  else bytes = Buffer.from(body, 'utf8')
  recent.set(body, bytes)
  if (recent.size > MAX_BODIES) recent.delete(recent.keys().next().value)
  return bytes
}

const end = http.ServerResponse.prototype.end
http.ServerResponse.prototype.end = function endWithBytes(chunk, encoding, callback) {
  const utf8 = encoding === undefined || typeof encoding === 'function' || encoding === 'utf8' || encoding === 'utf-8'
  if (typeof chunk === 'string' && chunk.length >= MIN_CHARS && utf8) {
    return end.call(this, bytesOf(chunk), typeof encoding === 'function' ? encoding : callback)
  }
  return end.call(this, chunk, encoding, callback)
}
