import { DEFAULT_LANG, LANGS, type Lang } from './langs'

/** The site's fixed pages, as paths without a language prefix. The segments are the same in every language. */
export const PAGE_PATHS = {
  guide: '/',
  vendors: '/leverandorer',
  tariffs: '/takster',
  research: '/forskning',
  search: '/sok',
  accessibility: '/tilgjengelighet',
  /** The whole guide's change history (every major change on the site), and its Atom feed at `/endringer.atom`. */
  changes: '/endringer',
  /** How to use the directory and the tariffs as open data (/leverandorer.json, .csv, /takster.json, .csv). */
  openData: '/apne-data',
} as const

export type PageKey = keyof typeof PAGE_PATHS

export const vendorPath = (slug: string) => `/leverandorer/${encodeURIComponent(slug)}`
export const articlePath = (slug: string) => `/artikler/${encodeURIComponent(slug)}`
/** One article's change history; its Atom feed is the same path with `.atom`. */
export const articleHistoryPath = (slug: string) => `${articlePath(slug)}/endringer`
/** The Atom feed of a change history page. */
export const feedPath = (historyPath: string) => `${historyPath}.atom`
/** Where the subscription form posts, and the routes of its signed links. */
export const SUBSCRIBE_PATHS = { subscribe: '/abonner', confirm: '/abonner/bekreft', unsubscribe: '/abonner/avslutt' } as const

/** One document's slug in each language (articles and profession groups have one per language). */
export type LangSlugs = Record<Lang, string>
export type SlugMap = { articles: LangSlugs[]; categories: LangSlugs[] }

/** A site path in a language: bokmål keeps it as it is, the others get their prefix. */
export function localePath(lang: Lang, path: string): string {
  if (lang === DEFAULT_LANG) return path
  if (path === '/' || path.startsWith('/?') || path.startsWith('/#')) return `/${lang}${path.slice(1)}`
  return `/${lang}${path}`
}

/** A path on this site (one leading slash, not protocol-relative), which gets a language prefix. */
export function isSitePath(href: string): boolean {
  return /^\/(?![/\\])/.test(href)
}

/** Splits a browser or internal pathname into its language and the path without prefix. */
export function splitLang(pathname: string): { lang: Lang; path: string } {
  const match = /^\/(nb|nn|en)(?=\/|$)(.*)$/.exec(pathname)
  if (!match) return { lang: DEFAULT_LANG, path: pathname || '/' }
  return { lang: match[1] as Lang, path: match[2] || '/' }
}

function mapSlug(list: LangSlugs[], from: Lang, to: Lang, slug: string): string | null {
  const entry = list.find((s) => s[from] === slug)
  return entry ? entry[to] : null
}

/**
 * The same page in another language: article slugs and the profession-group filter are translated,
 * everything else is kept. An article without a translation leads to the article list's home instead
 * of a 404.
 */
/** A path segment decoded, or '' when its percent-encoding is broken. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return ''
  }
}

export function translatePath(pathname: string, search: string, to: Lang, slugs: SlugMap): string {
  const { lang: from, path } = splitLang(pathname)
  let target = path
  const article = /^\/artikler\/([^/]+)(\/endringer)?\/?$/.exec(path)
  if (article) {
    const slug = mapSlug(slugs.articles, from, to, decodeSegment(article[1]!))
    target = slug ? (article[2] ? articleHistoryPath(slug) : articlePath(slug)) : PAGE_PATHS.guide
  }
  const params = new URLSearchParams(search)
  const group = params.get('gruppe')
  if (group) {
    const slug = mapSlug(slugs.categories, from, to, group)
    if (slug) params.set('gruppe', slug)
    else params.delete('gruppe')
  }
  const query = params.toString()
  return localePath(to, target) + (query ? `?${query}` : '')
}

/** Every language's version of one page, for hreflang alternates and the sitemap. */
export function alternatesOf(pathFor: (lang: Lang) => string | null): Partial<Record<Lang, string>> {
  const result: Partial<Record<Lang, string>> = {}
  for (const lang of LANGS) {
    const path = pathFor(lang)
    if (path !== null) result[lang] = localePath(lang, path)
  }
  return result
}
