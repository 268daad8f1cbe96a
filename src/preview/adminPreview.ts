import type { CollectionConfig, LivePreviewConfig } from 'payload'

import { previewURLOf, documentPathOf, type PreviewableCollection } from './documentPath'

type AdminOptions = NonNullable<CollectionConfig['admin']>

/** The widths live preview offers, as the site's own breakpoints: a phone, a tablet, a desktop. */
export const LIVE_PREVIEW_BREAKPOINTS: NonNullable<LivePreviewConfig['breakpoints']> = [
  { name: 'phone', label: 'Mobil (375)', width: 375, height: 812 },
  { name: 'tablet', label: 'Nettbrett (768)', width: 768, height: 1024 },
  { name: 'desktop', label: 'Skrivebord (1280)', width: 1280, height: 800 },
]

/**
 * The admin's Preview button for one collection: the document at its real address on the site, through
 * /preview (which checks the session and role and turns on draft mode). No secret is in the address: the
 * editor's own session is what /preview checks. No button while the document has no address yet.
 */
export function adminPreview(collection: PreviewableCollection): Pick<AdminOptions, 'preview'> {
  return {
    preview: (doc, { locale }) => {
      const path = documentPathOf(collection, doc, locale)
      return path ? previewURLOf(path) : null
    },
  }
}

/**
 * Live preview for one collection: the same address in a frame next to the form, at phone, tablet and desktop
 * widths. The page refreshes itself after each save and autosave (src/components/preview/LivePreviewRefresh).
 */
export function adminLivePreview(collection: PreviewableCollection): Pick<AdminOptions, 'livePreview'> {
  return {
    livePreview: {
      breakpoints: LIVE_PREVIEW_BREAKPOINTS,
      url: ({ data, locale }) => {
        const path = documentPathOf(collection, data, locale?.code)
        return path ? previewURLOf(path) : null
      },
    },
  }
}
