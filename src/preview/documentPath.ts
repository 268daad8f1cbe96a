import { isLang, type Lang, DEFAULT_LANG } from '../i18n/langs'
import { articlePath, localePath, PAGE_PATHS, vendorPath } from '../i18n/paths'

/** The collections whose documents the site shows and an editor can preview. */
export const PREVIEWABLE = ['articles', 'vendors', 'tariffs', 'research-links'] as const
export type PreviewableCollection = (typeof PREVIEWABLE)[number]

export const isPreviewable = (slug: unknown): slug is PreviewableCollection => PREVIEWABLE.includes(slug as PreviewableCollection)

type Doc = { id?: unknown; slug?: unknown }

const slugOf = (doc: Doc) => (typeof doc.slug === 'string' && doc.slug.length > 0 ? doc.slug : null)
const idOf = (doc: Doc) => (typeof doc.id === 'number' || (typeof doc.id === 'string' && doc.id !== '') ? String(doc.id) : null)

/**
 * The address on the site where one document is shown, in one language: an article at /artikler/<slug> (the
 * front-page article's address leads to /), a vendor at /leverandorer/<slug>, a tariff and a research link on
 * the page that lists them, at their anchor (#takst-<id>, #forskning-<id>). Null while the document has no
 * address yet (no slug, no id).
 */
export function documentPathOf(collection: PreviewableCollection, doc: Doc, locale?: string | null): string | null {
  const lang: Lang = isLang(locale) ? locale : DEFAULT_LANG
  const id = idOf(doc)
  switch (collection) {
    case 'articles': {
      const slug = slugOf(doc)
      return slug ? localePath(lang, articlePath(slug)) : null
    }
    case 'vendors': {
      const slug = slugOf(doc)
      return slug ? localePath(lang, vendorPath(slug)) : null
    }
    case 'tariffs':
      return id ? `${localePath(lang, PAGE_PATHS.tariffs)}#takst-${id}` : null
    case 'research-links':
      return id ? `${localePath(lang, PAGE_PATHS.research)}#forskning-${id}` : null
  }
}

/** The preview route for a site path: /preview checks the session and turns on draft mode, then goes there. */
export const previewURLOf = (path: string): string => `/preview?path=${encodeURIComponent(path)}`
