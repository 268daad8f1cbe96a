import type { Metadata } from 'next'

import { resolveOrigins } from '@/config/env.mjs'
import { getSiteFrame, type Article } from '@/content'
import { dictionary } from '@/i18n/dictionary'
import { LANGS, OG_LOCALE, type Lang } from '@/i18n/langs'
import { alternatesOf, PAGE_PATHS } from '@/i18n/paths'
import { langOf, type LangParams } from './params'
import { viewerFromRequest } from './viewer'

/** The public origin (SERVER_URL), read when a page renders, never baked in at build time. */
export function siteOrigin(): string {
  return resolveOrigins().serverURL
}

type PageMeta = {
  lang: Lang
  title: string
  description?: string | null
  /** This page's path in each language that has it (already language-prefixed). */
  paths: Partial<Record<Lang, string>>
  siteName: string
  type?: 'website' | 'article'
  /** The whole title, without the site name appended (the guide's own title is the site's). */
  absoluteTitle?: boolean
}

/** Title, description, canonical URL, hreflang alternates and Open Graph for one page. */
export function pageMetadata({ lang, title, description, paths, siteName, type = 'website', absoluteTitle }: PageMeta): Metadata {
  const origin = siteOrigin()
  const languages: Record<string, string> = {}
  for (const l of LANGS) if (paths[l]) languages[l] = `${origin}${paths[l]}`
  if (paths.nb) languages['x-default'] = `${origin}${paths.nb}`
  const canonical = paths[lang] ? `${origin}${paths[lang]}` : undefined
  return {
    metadataBase: new URL(origin),
    title: absoluteTitle ? { absolute: title } : title,
    description: description ?? undefined,
    alternates: { canonical, languages },
    openGraph: {
      type,
      title,
      description: description ?? undefined,
      url: canonical,
      siteName,
      locale: OG_LOCALE[lang],
      alternateLocale: LANGS.filter((l) => l !== lang && paths[l]).map((l) => OG_LOCALE[l]),
    },
  }
}

/**
 * An article's title and description for <title>, Open Graph and search engines, in the page's language
 * where it has one: its own SEO title, else its own title, and only then bokmål (an attribute cannot carry
 * lang="nb"). Without this a translated article with a bokmål-only SEO title was titled in bokmål.
 */
export function articleTitles(article: Article): { title: string; description: string | null } {
  const own = (field: 'seoTitle' | 'title' | 'seoDescription' | 'lead') => (article.fallback?.includes(field) ? null : article[field])
  return {
    title: own('seoTitle') || own('title') || article.seoTitle || article.title,
    description: own('seoDescription') || own('lead') || article.seoDescription || article.lead,
  }
}

type FixedSection = 'research' | 'tariffs' | 'accessibility' | 'vendors'

/** `generateMetadata` for a page with one fixed address and the title and description of its dictionary section. */
export function fixedPageMetadata(section: FixedSection) {
  return async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
    const lang = await langOf(params)
    const t = dictionary(lang)
    const frame = await getSiteFrame(await viewerFromRequest(), lang)
    return pageMetadata({
      lang,
      title: t[section].title,
      description: t[section].description,
      paths: alternatesOf(() => PAGE_PATHS[section]),
      siteName: frame.siteName ?? t.site.name,
    })
  }
}
