import 'server-only'

import { cookies, draftMode, headers } from 'next/headers'
import { cache } from 'react'

import { ANONYMOUS, sharedViewerFromCookie, viewerFromHeaders, type Viewer } from '@/content'
import { SHARE_COOKIE } from '@/preview/shareLinks'

/**
 * Who reads the page being rendered, once per request. Outside draft mode it is the public, decided without
 * reading a cookie or a header: `draftMode()` is off while Next prerenders, so the public pages stay cached
 * (ISR) and no request data reaches them. In draft mode (entered through /preview, which checks the session,
 * or /delt/<token>, which checks the link) the Payload session is checked again on every request, then the
 * share link's cookie; with neither valid the page is the public's.
 */
export const viewerFromRequest = cache(async (): Promise<Viewer> => {
  if (!(await draftMode()).isEnabled) return ANONYMOUS
  const viewer = await viewerFromHeaders(await headers())
  if (viewer.kind !== 'anonymous') return viewer
  return sharedViewerFromCookie((await cookies()).get(SHARE_COOKIE)?.value)
})
