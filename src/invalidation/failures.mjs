// Failed deliveries, counted per process for /api/health. Kept on globalThis: Next may load this module once
// per route bundle, and the hooks that fail and the endpoint that reports must see the same counters.
const KEY = Symbol.for('videoveileder.invalidation.failures')

/**
 * `failures`: deliveries that went wrong (an error answer, no answer in time, unknown tags); `unreachable`:
 * deliveries to an address where nothing listens. Either way the change reached no page.
 * @typedef {{ failures: number, unreachable: number, lastFailureAt: string | null, lastError: string | null }} FailureCounters
 */

/** @returns {FailureCounters} */
function counters() {
  const store = /** @type {Record<symbol, FailureCounters | undefined>} */ (/** @type {unknown} */ (globalThis))
  return (store[KEY] ??= { failures: 0, unreachable: 0, lastFailureAt: null, lastError: null })
}

/** @param {FailureCounters} c @param {string} error @param {Date} at */
function remember(c, error, at) {
  c.lastFailureAt = at.toISOString()
  c.lastError = error.slice(0, 300)
}

/** @param {string} error */
export function recordFailure(error, at = new Date()) {
  const c = counters()
  c.failures += 1
  remember(c, error, at)
}

/** A delivery to an address where nothing listens. @param {string} error */
export function recordUnreachable(error, at = new Date()) {
  const c = counters()
  c.unreachable += 1
  remember(c, error, at)
}

/** A copy of this process's counters. @returns {FailureCounters} */
export function invalidationFailures() {
  return { ...counters() }
}

/**
 * What went undelivered since `before` (a copy taken before a write), for a script to report: undefined when
 * every announcement since arrived.
 * @param {FailureCounters} before
 * @returns {{ failures: number, unreachable: number, lastError: string | null } | undefined}
 */
export function undeliveredSince(before) {
  const now = counters()
  const failures = now.failures - before.failures
  const unreachable = now.unreachable - before.unreachable
  return failures > 0 || unreachable > 0 ? { failures, unreachable, lastError: now.lastError } : undefined
}
