// How an announcement travels: a small interface, so that another transport (Redis pub/sub, when the app runs
// on several machines) can replace the HTTP one behind the same announceContentChange.
import http from 'node:http'
import https from 'node:https'

import { resolveSecret } from '../config/env.mjs'
import { signedHeaders } from './signature.mjs'

/** The internal route of every app process (app/api/internal/content-changed/route.ts). */
export const ROUTE_PATH = '/api/internal/content-changed'
export const DELIVERY_TIMEOUT_MS = 3000

/**
 * What became of one delivery: `refused` when nothing listens at the target (a server that is down expires
 * everything when it starts again), `error` for anything else that went wrong.
 * `reason` is the short kind of failure (no address in it), `error` the whole message.
 * @typedef {{ target: string, ok: true } | { target: string, ok: false, refused: boolean, reason: string, error: string }} Delivery
 */

/**
 * @typedef {{ name: string, deliver: (tags: readonly string[]) => Promise<Delivery[]> }} Transport
 */

/**
 * Where announcements go, from CONTENT_CHANGES_URL: `off` delivers nothing (the tests); unset, this machine's
 * server (`http://127.0.0.1:$PORT/api/internal/content-changed`); otherwise a comma-separated list of the
 * routes of every app process.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string[] | 'off'}
 */
export function resolveTargets(env = process.env) {
  const raw = (env.CONTENT_CHANGES_URL ?? '').trim()
  if (raw.toLowerCase() === 'off') return 'off'
  if (raw === '') return [`http://127.0.0.1:${env.PORT || 3000}${ROUTE_PATH}`]
  return raw.split(',').map((url) => url.trim()).filter(Boolean)
}

/**
 * POSTs `{ tags }`, signed, to each target at once; never throws.
 * @param {readonly string[]} targets
 * @param {{ secret?: string, timeoutMs?: number }} [options]
 * @returns {Transport}
 */
export function httpTransport(targets, { secret, timeoutMs = DELIVERY_TIMEOUT_MS } = {}) {
  return {
    name: 'http',
    deliver: (tags) => {
      const body = JSON.stringify({ tags })
      const key = secret ?? resolveSecret({ warn: () => {} })
      return Promise.all(targets.map((target) => post(target, body, signedHeaders(body, key), timeoutMs)))
    },
  }
}

/**
 * @param {string} target @param {string} body @param {Record<string, string>} headers @param {number} timeoutMs
 * @returns {Promise<Delivery>}
 */
function post(target, body, headers, timeoutMs) {
  return new Promise((resolve) => {
    /** @param {boolean} refused @param {string} reason @param {string} [error] */
    const fail = (refused, reason, error = reason) => resolve({ target, ok: false, refused, reason, error })
    let url
    try {
      url = new URL(target)
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)')
    } catch {
      return fail(false, 'CONTENT_CHANGES_URL names an address that is not http(s)', `CONTENT_CHANGES_URL names an address that is not http(s): "${target}"`)
    }
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST',
      agent: false,
      timeout: timeoutMs,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
    })
    request.on('timeout', () => request.destroy(Object.assign(new Error(`no answer within ${timeoutMs / 1000} s`), { code: 'TIMEOUT' })))
    request.on('error', (/** @type {NodeJS.ErrnoException} */ error) =>
      fail(error.code === 'ECONNREFUSED', error.code === 'TIMEOUT' ? error.message : `network error ${error.code ?? ''}`.trim(), error.message),
    )
    request.on('response', (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (text += chunk))
      response.on('end', () => {
        const status = response.statusCode ?? 0
        if (status >= 200 && status < 300) resolve({ target, ok: true })
        else fail(false, `answered ${status}`, `answered ${status}${text ? `: ${text.slice(0, 200)}` : ''}`)
      })
      response.on('error', (error) => fail(false, 'the answer broke off', error.message))
    })
    request.end(body)
  })
}
