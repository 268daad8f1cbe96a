import { draftMode } from 'next/headers'

import { previewTarget } from '../../_lib/previewTarget'

export const dynamic = 'force-dynamic'

/** GET /preview/exit?path=/a/page: leaves draft mode (clears its cookie) and goes to that page, or to /. */
export async function GET(request: Request): Promise<Response> {
  const target = previewTarget(new URL(request.url).searchParams.get('path')) ?? '/'
  ;(await draftMode()).disable()
  return new Response(null, { status: 303, headers: { 'Cache-Control': 'private, no-store', Location: target } })
}
