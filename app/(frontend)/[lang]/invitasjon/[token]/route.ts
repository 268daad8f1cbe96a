import config from '@payload-config'
import { getPayload } from 'payload'

import { isLang } from '@/i18n/langs'
import { handleAccept, handleOpen } from '@/invitations/routes'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ lang: string; token: string }> }

/** An invitation's link (src/invitations/routes.ts): GET the accept form, POST it. */
function route(handle: typeof handleOpen) {
  return async (request: Request, { params }: Context): Promise<Response> => {
    const { lang, token } = await params
    if (!isLang(lang)) return new Response(null, { status: 404 })
    return handle(request, lang, token, await getPayload({ config }))
  }
}

export const GET = route(handleOpen)
export const POST = route(handleAccept)
