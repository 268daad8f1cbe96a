import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'

// scripts/response-bytes.cjs is preloaded into the production server: large string bodies go out as their
// UTF-8 bytes, encoded once. What a client receives must not change in any way.
const require = createRequire(import.meta.url)

const big = `<!DOCTYPE html><p>${'Blåbærsyltetøy – “video” … '.repeat(2000)}</p>`
const small = 'Liten tekst – æøå'
let calledBack: () => void
const callbackCalled = new Promise<void>((resolve) => (calledBack = resolve))

describe('sending large string bodies as bytes (scripts/response-bytes.cjs)', () => {
  let server: http.Server
  let base: string
  const originalEnd = http.ServerResponse.prototype.end

  beforeAll(async () => {
    require('../../../scripts/response-bytes.cjs')
    server = http.createServer((req, res) => {
      const body = req.url === '/small' ? small : big
      if (req.url === '/latin1') {
        res.setHeader('content-length', Buffer.byteLength(big, 'latin1'))
        res.end(big, 'latin1')
        return
      }
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.setHeader('content-length', Buffer.byteLength(body, 'utf8'))
      if (req.url === '/callback') res.end(body, () => calledBack())
      else res.end(body)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    http.ServerResponse.prototype.end = originalEnd
    await new Promise((resolve) => server.close(resolve))
  })

  test('the patch is installed', () => {
    expect(http.ServerResponse.prototype.end).not.toBe(originalEnd)
    expect(http.ServerResponse.prototype.end.name).toBe('endWithBytes')
  })

  test('a large body arrives byte for byte, with its Content-Length, on the first and on later responses', async () => {
    const expected = Buffer.from(big, 'utf8')
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${base}/`)
      const bytes = Buffer.from(await res.arrayBuffer())
      expect(res.headers.get('content-length')).toBe(String(expected.length))
      expect(bytes.equals(expected)).toBe(true)
    }
  })

  test('an end() with a callback sends the same bytes and calls the callback', async () => {
    const bytes = Buffer.from(await (await fetch(`${base}/callback`)).arrayBuffer())
    expect(bytes.equals(Buffer.from(big, 'utf8'))).toBe(true)
    await callbackCalled
  })

  test('small bodies and other encodings are left to Node', async () => {
    expect(await (await fetch(`${base}/small`)).text()).toBe(small)
    const latin1 = Buffer.from(await (await fetch(`${base}/latin1`)).arrayBuffer())
    expect(latin1.equals(Buffer.from(big, 'latin1'))).toBe(true)
  })
})
