import { cookies, draftMode } from 'next/headers'

import { SHARE_COOKIE } from '@/preview/shareLinks'
import { previewTarget } from '../../_lib/previewTarget'

export const dynamic = 'force-dynamic'

/** GET /preview/exit?path=/a/page: leaves draft mode (clears its cookie, and a share link's) and goes to that page, or to /. */
export async function GET(request: Request): Promise<Response> {
  const target = previewTarget(new URL(request.url).searchParams.get('path')) ?? '/'
  ;(await draftMode()).disable()
  const jar = await cookies()
  if (jar.has(SHARE_COOKIE)) jar.delete(SHARE_COOKIE)
  return new Response(null, { status: 303, headers: { 'Cache-Control': 'private, no-store', Location: target } })
}
