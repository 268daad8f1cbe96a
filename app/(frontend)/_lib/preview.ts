import 'server-only'

import { draftMode, headers } from 'next/headers'

import type { PreviewBannerState } from '@/components/preview/PreviewBanner'
import { getPreviewVersion } from '@/content'
import { PREVIEW_PATH_HEADER } from '@/routing/previewPath'
import { previewTarget } from './previewTarget'
import { viewerFromRequest } from './viewer'

/**
 * What the preview banner shows on this request, or null outside draft mode (and in draft mode without a
 * session or usable share link: the page is then the public's). The page's own address comes from
 * proxy.ts (PREVIEW_PATH_HEADER), checked like any preview target.
 */
export async function previewBannerState(): Promise<PreviewBannerState | null> {
  const viewer = await viewerFromRequest()
  if (viewer.kind === 'anonymous') return null
  const path = previewTarget((await headers()).get(PREVIEW_PATH_HEADER))
  const version = path ? await getPreviewVersion(viewer, path) : null
  return {
    kind: viewer.kind === 'shared' ? 'shared' : 'draft',
    exitHref: path ? `/preview/exit?path=${encodeURIComponent(path)}` : '/preview/exit',
    version,
    sharedUntil: viewer.kind === 'shared' ? viewer.link.expiresAt : null,
  }
}

/** Metadata of a page in draft mode: never indexed (the header says so too, next.config.mjs). */
export async function previewRobots(): Promise<{ robots?: { index: false; follow: false } }> {
  return (await draftMode()).isEnabled ? { robots: { index: false, follow: false } } : {}
}
