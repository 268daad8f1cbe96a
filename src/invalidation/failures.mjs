// Failed deliveries, counted per process for /api/health. Kept on globalThis: Next may load this module once
// per route bundle, and the hooks that fail and the endpoint that reports must see the same counters.
const KEY = Symbol.for('videoveileder.invalidation.failures')

/** @typedef {{ failures: number, lastFailureAt: string | null, lastError: string | null }} FailureCounters */

/** @returns {FailureCounters} */
function counters() {
  const store = /** @type {Record<symbol, FailureCounters | undefined>} */ (/** @type {unknown} */ (globalThis))
  return (store[KEY] ??= { failures: 0, lastFailureAt: null, lastError: null })
}

/** @param {string} error */
export function recordFailure(error, at = new Date()) {
  const c = counters()
  c.failures += 1
  c.lastFailureAt = at.toISOString()
  c.lastError = error.slice(0, 300)
}

/** A copy of this process's counters. @returns {FailureCounters} */
export function invalidationFailures() {
  return { ...counters() }
}
