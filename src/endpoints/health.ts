import type { Endpoint } from 'payload'

import { invalidationFailures } from '../invalidation/index.mjs'

const DATABASE_TIMEOUT_MS = 3000

/** Reports the adapter as people name the database, not as Payload names its packages. */
function databaseName(adapterName: string): string {
  return adapterName === 'mongoose' ? 'mongodb' : adapterName
}

/**
 * GET /api/health: 200 `{ status: 'ok', database, invalidation }` when the database answers a real query in
 * time, 503 with a short reason otherwise. `invalidation` counts this process's content changes that did not
 * reach an app process (`failures`; `unreachable` when nothing listened at the address, which inside the server
 * means CONTENT_CHANGES_URL or PORT is wrong; `lastFailureAt`, `lastError`): the site still serves, possibly stale for
 * up to an hour, so they are reported, not a reason to take the instance out of a load balancer. Public, so
 * that load balancers and docker can call it; it says nothing else.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const database = databaseName(req.payload.db.name)
    let timer: NodeJS.Timeout | undefined
    try {
      await Promise.race([
        req.payload.count({ collection: 'users', overrideAccess: true }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), DATABASE_TIMEOUT_MS)
        }),
      ])
      return Response.json({ status: 'ok', database, invalidation: invalidationFailures() }, { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      const reason =
        error instanceof Error && error.message === 'timeout'
          ? `the database did not answer within ${DATABASE_TIMEOUT_MS / 1000} s`
          : 'the database did not answer'
      req.payload.logger.warn({ msg: `health check failed: ${reason}` })
      return Response.json(
        { status: 'unavailable', database, reason },
        { status: 503, headers: { 'Cache-Control': 'no-store' } },
      )
    } finally {
      clearTimeout(timer)
    }
  },
}
