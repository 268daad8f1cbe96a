import 'server-only'

import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import { ANONYMOUS, viewerFromHeaders, type Viewer } from '@/content'

/**
 * Who reads the page being rendered, once per request. Outside draft mode it is the public, decided without
 * reading a cookie or a header: `draftMode()` is off while Next prerenders, so the public pages stay cached
 * (ISR) and no request data reaches them. In draft mode (entered through /preview, which checks the session)
 * the Payload session is checked again on every request; without a valid one the page is the public's.
 */
export const viewerFromRequest = cache(async (): Promise<Viewer> => {
  if (!(await draftMode()).isEnabled) return ANONYMOUS
  return viewerFromHeaders(await headers())
})
