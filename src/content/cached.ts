import crypto from 'node:crypto'

import { unstable_cache } from 'next/cache'

import type { ContentTag } from './tags'
import { ANONYMOUS, type Viewer } from './viewer'

/** The safety net: even without a revalidation call, nothing is served older than this. */
export const REVALIDATE_SECONDS = 3600

// Next keeps cached reads on disk (.next/cache) across restarts. Keyed by the database as well, a server
// pointed at another database (a restore, a test run) never serves the other one's content.
const DATABASE_KEY = crypto.createHash('sha256').update(process.env.DATABASE_URI ?? '').digest('hex').slice(0, 12)

/**
 * Wraps one read in Next's data cache, tagged with every collection or global it reads. The hooks in
 * src/hooks/revalidateContent.ts expire those tags on every change, and with them each page that used
 * the read. Arguments (language, slug) are part of the cache key.
 */
export function cached<Args extends (string | number)[], Result>(
  name: string,
  tags: readonly ContentTag[],
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return unstable_cache(read, [`content:${name}:v1:${DATABASE_KEY}`], { tags: [...tags], revalidate: REVALIDATE_SECONDS })
}

/**
 * One read for every viewer: the public's answer comes from Next's cache (`cached`), a viewer in draft mode
 * reads uncached, as itself. Only the public's answers are ever stored, so no draft can reach a reader.
 */
export function cachedForPublic<Args extends (string | number)[], Result>(
  name: string,
  tags: readonly ContentTag[],
  read: (viewer: Viewer, ...args: Args) => Promise<Result>,
): (viewer: Viewer, ...args: Args) => Promise<Result> {
  const forPublic = cached(name, tags, (...args: Args) => read(ANONYMOUS, ...args))
  return (viewer, ...args) => (viewer.kind === 'anonymous' ? forPublic(...args) : read(viewer, ...args))
}
