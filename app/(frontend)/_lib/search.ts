import { getArticleIndex, getResearch, getTariffs, getVendors, searchContent, type SearchHit } from '@/content'
import type { Lang } from '@/i18n/langs'
import { articlePath, localePath, PAGE_PATHS, vendorPath } from '@/i18n/paths'

/**
 * Search hits as links. Each hit's document is looked up in the cached published lists: that gives the
 * address in this language, and drops a hit whose document is not (or no longer) published.
 */
export async function searchSite(lang: Lang, q: string): Promise<SearchHit[]> {
  const raw = await searchContent(lang, q)
  if (!raw.length) return []
  const [index, vendors, tariffs, research] = await Promise.all([getArticleIndex(), getVendors(lang), getTariffs(lang), getResearch(lang)])
  return raw.flatMap((hit): SearchHit[] => {
    const base = { kind: hit.kind, title: hit.title, excerpt: hit.excerpt, external: false }
    switch (hit.kind) {
      case 'articles': {
        const entry = index.find((e) => e.id === hit.id)
        if (!entry) return []
        return [{ ...base, href: localePath(lang, entry.isGuide ? PAGE_PATHS.guide : articlePath(entry.slugs[lang])) }]
      }
      case 'vendors': {
        const vendor = vendors.find((v) => v.id === hit.id)
        return vendor ? [{ ...base, title: vendor.name, href: localePath(lang, vendorPath(vendor.slug)) }] : []
      }
      case 'tariffs':
        return tariffs.some((x) => x.id === hit.id) ? [{ ...base, href: localePath(lang, `${PAGE_PATHS.tariffs}#takst-${hit.id}`) }] : []
      case 'research-links':
        return research.some((r) => r.id === hit.id) ? [{ ...base, href: localePath(lang, `${PAGE_PATHS.research}#forskning-${hit.id}`) }] : []
      default:
        return []
    }
  })
}
