/** Requests one address may make within the window. */
export type Limit = { max: number; windowMs: number }

export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * A per-key sliding-window limit kept in this process's memory (one app process serves the site). Why not a
 * store shared between processes: the limits only have to stop one client from mailing strangers in bulk or
 * hammering the preview routes, and a restart that forgets them lets through one more window at most. At most
 * `maxKeys` keys are kept (oldest first out).
 */
export function createRateLimit({ max, windowMs }: Limit, maxKeys = 10_000) {
  const hits = new Map<string, number[]>()
  return function check(key: string, now = Date.now()): LimitVerdict {
    const recent = (hits.get(key) ?? []).filter((at) => at > now - windowMs)
    hits.delete(key)
    if (recent.length >= max) {
      hits.set(key, recent)
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000)) }
    }
    hits.set(key, [...recent, now])
    if (hits.size > maxKeys) hits.delete(hits.keys().next().value as string)
    return { allowed: true }
  }
}

/**
 * The client's address as the nearest proxy saw it: the last entry of X-Forwarded-For (nginx appends the peer
 * it saw; Next sets the socket's address when no proxy did). An entry further left is whatever the client sent.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).at(-1)
  return last || headers.get('x-real-ip') || 'unknown'
}
