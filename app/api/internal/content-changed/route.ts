import { revalidateTag } from 'next/cache'

import { resolveSecret } from '@/config/env.mjs'
import { MAX_BODY_BYTES, SIGNATURE_HEADER, TIMESTAMP_HEADER, emitContentChanged, verifyAnnouncement } from '@/invalidation/index.mjs'

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
  const body = await readLimited(request)
  if (body === undefined) return refuse({ status: 413, reason: 'body too large' })
  const verdict = verifyAnnouncement({
    body,
    timestamp: request.headers.get(TIMESTAMP_HEADER),
    signature: request.headers.get(SIGNATURE_HEADER),
    secret: resolveSecret({ warn: () => {} }),
  })
  if (!verdict.ok) return refuse(verdict)
  for (const tag of verdict.tags) revalidateTag(tag, { expire: 0 })
  emitContentChanged(verdict.tags)
  return new Response(null, { status: 204, headers: NOT_CACHEABLE })
}

function refuse({ status, reason }: { status: number; reason: string }): Response {
  console.warn(`[invalidation] refused an announcement: ${reason}`)
  return Response.json({ error: reason }, { status, headers: NOT_CACHEABLE })
}

/**
 * The body as text, or undefined when it is longer than an announcement can be (MAX_BODY_BYTES): refused on
 * its declared length before a byte is read, and otherwise read no further than the limit.
 */
async function readLimited(request: Request): Promise<string | undefined> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return undefined
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
