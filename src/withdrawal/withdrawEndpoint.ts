import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { withdrawDocument, type WithdrawRequest } from './withdraw'

export const WITHDRAW_PATH = '/withdrawal'

/**
 * POST /api/withdrawal `{ collection, id, mode: 'gone' | 'redirect', explanation?: { nb, nn?, en? },
 * target?: { collection, id } | { path }, type?: '301' | '308' }` -> 200 `{ withdrawal }`; the admin's
 * "Trekk tilbake" sends it. Refusals: 403 (not staff), 400 with a Norwegian message (see `withdrawDocument`).
 */
export const withdrawEndpoint: Endpoint = {
  path: WITHDRAW_PATH,
  method: 'post',
  handler: async (req) => {
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      throw new APIError('Ugyldig JSON.', 400, undefined, true)
    }
    const withdrawal = await withdrawDocument(req, (body ?? {}) as WithdrawRequest)
    return Response.json({ withdrawal })
  },
}
