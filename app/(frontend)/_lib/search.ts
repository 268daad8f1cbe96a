import { fallbackLang } from '@/components/common/fallbackLang'
import { getArticleBySlug, getArticleIndex, getResearch, getTariffs, getVendors, searchContent, type SearchHit, type Viewer } from '@/content'
import type { Lang } from '@/i18n/langs'
import { articlePath, localePath, PAGE_PATHS, vendorPath } from '@/i18n/paths'
import { searchTitle } from '@/search/buildSearchDoc'

/**
 * Search hits as links. Each hit's document is looked up in the viewer's lists (the public's: cached, published): that gives the
 * address in this language, drops a hit whose document is not (or no longer) published, and gives the
 * hit's title and excerpt in this language, with the bokmål ones marked where there is no translation.
 */
export async function searchSite(viewer: Viewer, lang: Lang, q: string): Promise<SearchHit[]> {
  const raw = await searchContent(viewer, lang, q)
  if (!raw.length) return []
  const [index, vendors, tariffs, research] = await Promise.all([getArticleIndex(viewer), getVendors(viewer, lang), getTariffs(viewer, lang), getResearch(viewer, lang)])
  const hits = await Promise.all(
    raw.map(async (hit): Promise<SearchHit | null> => {
      const base = { kind: hit.kind, external: false }
      switch (hit.kind) {
        case 'articles': {
          const entry = index.find((e) => e.id === hit.id)
          const article = entry ? (await getArticleBySlug(viewer, lang, entry.slugs[lang]))?.article : null
          if (!entry || !article) return null
          return {
            ...base,
            title: article.title,
            titleLang: fallbackLang(article, 'title').lang,
            excerpt: article.lead,
            excerptLang: fallbackLang(article, 'lead').lang,
            href: localePath(lang, entry.isGuide ? PAGE_PATHS.guide : articlePath(entry.slugs[lang])),
          }
        }
        case 'vendors': {
          const vendor = vendors.find((v) => v.id === hit.id)
          if (!vendor) return null
          const excerpt = { excerpt: vendor.shortDescription, excerptLang: fallbackLang(vendor, 'shortDescription').lang }
          return { ...base, title: vendor.name, ...excerpt, href: localePath(lang, vendorPath(vendor.slug)) }
        }
        case 'tariffs': {
          const tariff = tariffs.find((x) => x.id === hit.id)
          if (!tariff) return null
          return {
            ...base,
            title: searchTitle('tariffs', tariff),
            titleLang: fallbackLang(tariff, 'title').lang,
            excerpt: tariff.description,
            excerptLang: fallbackLang(tariff, 'description').lang,
            href: localePath(lang, `${PAGE_PATHS.tariffs}#takst-${hit.id}`),
          }
        }
        case 'research-links': {
          const link = research.find((r) => r.id === hit.id)
          if (!link) return null
          const excerpt = { excerpt: link.summary, excerptLang: fallbackLang(link, 'summary').lang }
          return { ...base, title: link.title, ...excerpt, href: localePath(lang, `${PAGE_PATHS.research}#forskning-${hit.id}`) }
        }
        default:
          return null
      }
    }),
  )
  return hits.filter((hit): hit is SearchHit => hit !== null)
}
