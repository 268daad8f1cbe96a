import type { Field } from 'payload'

import { isPreviewable } from './documentPath'

/** The sidebar's "Del forhåndsvisning" (src/admin/sharePreview/SharePreviewField.tsx); it stores nothing itself. */
export const SHARE_PREVIEW_FIELD = '/src/admin/sharePreview/SharePreviewField#SharePreviewField'

/** The share-link panel, in the sidebar of every collection whose documents the site shows (articles, vendors, tariffs, research links). */
export function sharePreviewFields({ slug }: { slug: string }): Field[] {
  if (!isPreviewable(slug)) return []
  return [{ name: 'sharePreview', type: 'ui', admin: { position: 'sidebar', components: { Field: SHARE_PREVIEW_FIELD } } }]
}
