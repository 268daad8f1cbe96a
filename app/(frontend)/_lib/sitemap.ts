import { ANONYMOUS, getArticleIndex, getVendors } from '@/content'
import { LANGS, type Lang } from '@/i18n/langs'
import { alternatesOf, articleHistoryPath, articlePath, PAGE_PATHS, vendorPath } from '@/i18n/paths'
import { REGISTRATION_PATHS } from '@/registration/paths'

export type SitemapEntry = { paths: Partial<Record<Lang, string>>; lastModified?: string }

const STATIC_PAGES = [PAGE_PATHS.guide, PAGE_PATHS.vendors, PAGE_PATHS.tariffs, PAGE_PATHS.research, PAGE_PATHS.accessibility, PAGE_PATHS.changes, PAGE_PATHS.openData, REGISTRATION_PATHS.info]

/** Every published page in every language: the fixed pages, the articles and the vendors. Always the public's reads (no draft, even in draft mode). */
export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const [index, vendors] = await Promise.all([getArticleIndex(ANONYMOUS), getVendors(ANONYMOUS, 'nb')])
  return [
    ...STATIC_PAGES.map((path) => ({ paths: alternatesOf(() => path) })),
    ...index.filter((e) => !e.isGuide).map((e) => ({ paths: alternatesOf((l) => articlePath(e.slugs[l])) })),
    // Each article's change history (the guide's is /endringer, above).
    ...index.filter((e) => !e.isGuide).map((e) => ({ paths: alternatesOf((l) => articleHistoryPath(e.slugs[l])) })),
    ...vendors.map((v) => ({ paths: alternatesOf(() => vendorPath(v.slug)), lastModified: v.updatedAt })),
  ]
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** One <url> per language version, each listing all versions as hreflang alternates. */
export function sitemapXml(origin: string, entries: SitemapEntry[]): string {
  const urls = entries.flatMap((entry) =>
    LANGS.filter((l) => entry.paths[l]).map((lang) => {
      const alternates = LANGS.filter((l) => entry.paths[l])
        .map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${escape(origin + entry.paths[l])}"/>`)
        .join('\n')
      const lastmod = entry.lastModified ? `\n    <lastmod>${escape(entry.lastModified)}</lastmod>` : ''
      return `  <url>\n    <loc>${escape(origin + entry.paths[lang])}</loc>${lastmod}\n${alternates}\n  </url>`
    }),
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
}
