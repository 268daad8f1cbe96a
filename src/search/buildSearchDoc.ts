import type { BeforeSync, DocToSync } from '@payloadcms/plugin-search/types'

/** The collections in the search index, with the order their hits come in (lower first). */
export const SEARCH_PRIORITIES = { articles: 10, vendors: 20, tariffs: 30, 'research-links': 40 } as const

export type SearchCollection = keyof typeof SEARCH_PRIORITIES
export const SEARCH_COLLECTIONS = Object.keys(SEARCH_PRIORITIES) as SearchCollection[]

/** What a search hit shows for each kind of document: a short excerpt from this field. */
const EXCERPT_FIELD: Record<string, string> = {
  articles: 'lead',
  vendors: 'shortDescription',
  tariffs: 'description',
  'research-links': 'summary',
}

type Doc = Record<string, unknown>

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/**
 * The name a reader searches for. Vendors are called by their `name`, not a `title` (which the plugin
 * copies by default, leaving vendors' search titles empty); tariffs by their code and title.
 */
export function searchTitle(collectionSlug: string, doc: Doc): string {
  if (collectionSlug === 'vendors') return text(doc.name)
  if (collectionSlug === 'tariffs') {
    const [code, title] = [text(doc.code), text(doc.title)]
    return code && title ? `${code}: ${title}` : code || title
  }
  return text(doc.title)
}

/** Copies the title, slug, kind and a plain-text excerpt of one document in one language into its search entry. */
export const buildSearchDoc: BeforeSync = ({ collectionSlug, originalDoc, searchDoc }): DocToSync => {
  const excerptSource = originalDoc[EXCERPT_FIELD[collectionSlug] ?? '']
  const excerpt = typeof excerptSource === 'string' ? excerptSource.slice(0, 300) : undefined
  return {
    ...searchDoc,
    title: searchTitle(collectionSlug, originalDoc),
    slug: originalDoc.slug ?? undefined,
    excerpt,
    kind: collectionSlug,
  }
}
