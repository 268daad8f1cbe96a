import type { BeforeSync } from '@payloadcms/plugin-search/types'

/** What a search hit shows for each kind of document: its address segment and a short excerpt. */
const EXCERPT_FIELD: Record<string, string> = {
  articles: 'lead',
  vendors: 'shortDescription',
  tariffs: 'description',
  'research-links': 'summary',
}

/** Copies the slug, the code and a plain-text excerpt into the search document, so results need no second query. */
export const buildSearchDoc: BeforeSync = ({ collectionSlug, originalDoc, searchDoc }) => {
  const excerptSource = originalDoc[EXCERPT_FIELD[collectionSlug] ?? '']
  const excerpt = typeof excerptSource === 'string' ? excerptSource.slice(0, 300) : undefined
  const title =
    collectionSlug === 'tariffs' && originalDoc.code ? `${originalDoc.code}: ${originalDoc.title ?? ''}` : searchDoc.title
  return { ...searchDoc, title, slug: originalDoc.slug ?? undefined, excerpt, kind: collectionSlug }
}
