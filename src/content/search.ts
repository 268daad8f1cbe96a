import type { DocId } from './ids'
import type { Lang } from '../i18n/langs'
import { cachedForPublic } from './cached'
import { clampLimit, idOf, payloadClient, readAs, textIn } from './payload'
import type { SearchKind } from './types'
import type { Viewer } from './viewer'

/** Which document matched; its title and excerpt come from the cached lists, in the page's language. */
export type RawSearchHit = { kind: SearchKind; id: DocId }

const KINDS: readonly SearchKind[] = ['articles', 'vendors', 'tariffs', 'research-links']
export const MAX_QUERY_LENGTH = 80
const MAX_HITS = 30

/** The query as the site searches for it: trimmed, single-spaced, at most 80 characters. */
export function normaliseQuery(q: unknown): string {
  const text = Array.isArray(q) ? q[0] : q
  return typeof text === 'string' ? text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH) : ''
}

/**
 * Searches the search plugin's collection (published documents only, for every viewer) by title and excerpt,
 * in one language. The page turns hits into links with the viewer's lists, which also drops any hit whose
 * document is no longer published.
 */
const readSearch = cachedForPublic('search-hits', ['search'], async (viewer: Viewer, lang: Lang, q: string): Promise<RawSearchHit[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'search',
    ...readAs(viewer),
    ...textIn(lang),
    depth: 0,
    limit: clampLimit(MAX_HITS),
    sort: 'priority',
    where: { or: [{ title: { like: q } }, { excerpt: { like: q } }] },
    select: { doc: true },
  })
  return docs.flatMap((doc) => {
    const kind = doc.doc?.relationTo as SearchKind | undefined
    const id = idOf(doc.doc?.value)
    if (!kind || !KINDS.includes(kind) || id === null) return []
    return [{ kind, id }]
  })
})

export async function searchContent(viewer: Viewer, lang: Lang, query: string): Promise<RawSearchHit[]> {
  const q = normaliseQuery(query)
  if (q.length < 2) return []
  return readSearch(viewer, lang, q)
}
