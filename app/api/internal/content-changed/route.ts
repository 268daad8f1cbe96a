import { revalidateTag } from 'next/cache'

import { resolveSecret } from '@/config/env.mjs'
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, emitContentChanged, verifyAnnouncement } from '@/invalidation/index.mjs'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

const NOT_CACHEABLE = { 'Cache-Control': 'no-store' }

/**
 * POST /api/internal/content-changed, body `{ tags }`, signed (src/invalidation/signature.mjs): where every
 * announcement of a change arrives (src/invalidation/announce.mjs), from this process or any other. Inside a
 * request, so Next's revalidateTag works (it applies the expiry when this request ends); then the production
 * server forgets the pages it answers by itself (scripts/server.mjs, and again when this request ends).
 * 204 when done; 401 for a missing, wrong or stale signature; 400 for a body that names no known tag.
 */
export async function POST(request: Request): Promise<Response> {
  const verdict = verifyAnnouncement({
    body: await request.text(),
    timestamp: request.headers.get(TIMESTAMP_HEADER),
    signature: request.headers.get(SIGNATURE_HEADER),
    secret: resolveSecret({ warn: () => {} }),
  })
  if (!verdict.ok) {
    console.warn(`[invalidation] refused an announcement: ${verdict.reason}`)
    return Response.json({ error: verdict.reason }, { status: verdict.status, headers: NOT_CACHEABLE })
  }
  for (const tag of verdict.tags) revalidateTag(tag, { expire: 0 })
  emitContentChanged(verdict.tags)
  return new Response(null, { status: 204, headers: NOT_CACHEABLE })
}
