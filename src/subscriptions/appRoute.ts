import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { isLang, type Lang } from '../i18n/langs'

type Context = { params: Promise<{ lang: string }> }

/** A route handler of the subscription routes under app/(frontend)/[lang]: the page's language and Payload. */
export function subscriptionRoute(handle: (request: Request, lang: Lang, payload: Payload) => Promise<Response>) {
  return async (request: Request, { params }: Context): Promise<Response> => {
    const { lang } = await params
    if (!isLang(lang)) return new Response(null, { status: 404 })
    return handle(request, lang, await getPayload({ config }))
  }
}
