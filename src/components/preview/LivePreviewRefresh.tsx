'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/**
 * Inside the admin's live preview frame: after every save and autosave the admin posts a document event, and
 * the page renders again on the server with the new draft. Only the admin's own origin (the site's) is
 * listened to. Rendered in draft mode only (readers' pages carry no runtime), and only inside a frame.
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  if (typeof window === 'undefined' || window.parent === window) return null
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={window.location.origin} />
}
