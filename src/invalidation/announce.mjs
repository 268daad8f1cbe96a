import { recordFailure, recordUnreachable } from './failures.mjs'
import { isScriptProcess } from './processKind.mjs'
import { isContentTag } from './tags.mjs'
import { httpTransport, resolveTargets } from './transport.mjs'

/**
 * @typedef {{ warn: (msg: string) => unknown, error: (msg: string) => unknown }} Logger
 */

/**
 * Tells every app process that content with these tags changed: each one expires the tags in Next's cache
 * and forgets the pages its server answers by itself. The one function the Payload hooks, the seed and the
 * scripts call, wherever they run: in a request, a job, onInit, a CLI or another process. Never throws:
 * every failed delivery is counted for /api/health (nothing listening as `unreachable`, the rest as
 * `failures`) and logged: as an error, except nothing listening in a script, a warning (the server may be
 * down, and then it expires everything when it starts). Delivery is off only with CONTENT_CHANGES_URL=off (the tests).
 * @param {readonly string[]} tags
 * @param {Logger} logger
 * @param {{ transport?: import('./transport.mjs').Transport }} [options]
 * @returns {Promise<void>}
 */
export async function announceContentChange(tags, logger, options = {}) {
  const unknown = tags.filter((tag) => !isContentTag(tag))
  if (unknown.length) return fail(logger, `unknown cache tags ${unknown.join(', ')}: nothing announced`)
  if (tags.length === 0) return
  let transport = options.transport
  if (!transport) {
    const targets = resolveTargets()
    if (targets === 'off') return
    transport = httpTransport(targets)
  }
  let deliveries
  try {
    deliveries = await transport.deliver([...new Set(tags)])
  } catch (error) {
    return fail(logger, `the ${transport.name} transport failed: ${error instanceof Error ? error.message : String(error)}`)
  }
  for (const delivery of deliveries) {
    if (delivery.ok) continue
    const what = `content change (${tags.join(', ')}) not delivered to ${delivery.target}`
    if (delivery.refused) unreachable(logger, what)
    else fail(logger, `${what}: ${delivery.error}`, `a content change was not delivered: ${delivery.reason}`)
  }
}

/**
 * Logs the whole story and counts a shorter one: /api/health is public and names no internal address.
 * @param {Logger} logger @param {string} message @param {string} [reported]
 */
function fail(logger, message, reported = message) {
  recordFailure(reported)
  logger.error(`[invalidation] ${message}`)
}

/**
 * Nothing listens at the target: counted apart from the failures. In an app process the target is the server
 * itself, so the address is wrong (an error); a script may run while the server is down, which expires every
 * cached page when it starts (a warning; the script still reports it, see scripts/publish.ts).
 * @param {Logger} logger @param {string} what
 */
function unreachable(logger, what) {
  recordUnreachable('a content change was not delivered: nothing listens at the configured address')
  if (isScriptProcess()) {
    logger.warn(`[invalidation] ${what}: nothing listens there: if that server is down, it expires every cached page when it starts; if it runs, CONTENT_CHANGES_URL or PORT names the wrong address`)
  } else {
    logger.error(`[invalidation] ${what}: nothing listens there: CONTENT_CHANGES_URL or PORT names the wrong address`)
  }
}
