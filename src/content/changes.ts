import type { DocId } from './ids'

import { isLoggedCollection, type LoggedCollection } from '../changes/loggedCollections'
import { LANGS, type Lang } from '../i18n/langs'
import { PAGE_PATHS, articlePath, vendorPath } from '../i18n/paths'
import { getArticleIndex } from './articles'
import { cachedForPublic } from './cached'
import { clampLimit, payloadClient, readAs } from './payload'
import type { Viewer } from './viewer'
import { getVendors } from './vendors'

/** One published major change, as the public history and the feeds show it. */
export type ChangeEntry = {
  id: DocId
  collection: LoggedCollection
  docId: string
  publishedAt: string
  note: string
  /** Set when the note has no text in this language and is shown in bokmål. */
  noteLang?: 'nb'
  title: string
  titleLang?: 'nb'
  /** The changed page's path on the site, without a language prefix. */
  path: string
}

/** How many changes a history page or a feed lists (the newest). */
export const HISTORY_LENGTH = 200

type Localized = Partial<Record<Lang, string | null>> | string | null | undefined
type RawEntry = { id: DocId; collection: string; docId: string; publishedAt: string; note: Localized; title: Localized }

/** A text in this language, else bokmål's marked with its language. */
function inLang(value: Localized, lang: Lang): { text: string; lang?: 'nb' } {
  if (typeof value === 'string') return { text: value }
  const own = value?.[lang]
  if (own) return { text: own }
  const nb = value?.nb ?? LANGS.map((l) => value?.[l]).find(Boolean) ?? ''
  return lang === 'nb' ? { text: nb } : { text: nb, lang: 'nb' }
}

/** The log's newest entries, for the whole site or one document, in every language (one read). */
const readLog = cachedForPublic('change-log', ['change-log'], async (viewer: Viewer, collection: string, docId: string): Promise<RawEntry[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'change-log',
    ...readAs(viewer),
    locale: 'all',
    depth: 0,
    limit: clampLimit(HISTORY_LENGTH),
    sort: '-publishedAt',
    where: collection ? { and: [{ collection: { equals: collection } }, { docId: { equals: docId } }] } : {},
    select: { collection: true, docId: true, publishedAt: true, note: true, title: true },
  })
  return docs as unknown as RawEntry[]
})

/**
 * The entries the viewer may see as links: a change to an article or a vendor entry the public can no longer
 * read (unpublished, withdrawn) is left out; tariffs and research are their list pages.
 */
async function withPaths(viewer: Viewer, lang: Lang, raw: RawEntry[]): Promise<ChangeEntry[]> {
  const needs = new Set(raw.map((e) => e.collection))
  const [index, vendors] = await Promise.all([
    needs.has('articles') ? getArticleIndex(viewer) : Promise.resolve([]),
    needs.has('vendors') ? getVendors(viewer, lang) : Promise.resolve([]),
  ])
  const pathOf = (entry: RawEntry): string | null => {
    switch (entry.collection) {
      case 'articles': {
        const article = index.find((a) => String(a.id) === entry.docId)
        return article ? (article.isGuide ? PAGE_PATHS.guide : articlePath(article.slugs[lang])) : null
      }
      case 'vendors': {
        const vendor = vendors.find((v) => String(v.id) === entry.docId)
        return vendor ? vendorPath(vendor.slug) : null
      }
      case 'tariffs':
        return PAGE_PATHS.tariffs
      case 'research-links':
        return PAGE_PATHS.research
      default:
        return null
    }
  }
  return raw.flatMap((entry) => {
    const path = pathOf(entry)
    if (!path || !isLoggedCollection(entry.collection)) return []
    const note = inLang(entry.note, lang)
    const title = inLang(entry.title, lang)
    return [
      {
        id: entry.id,
        collection: entry.collection,
        docId: entry.docId,
        publishedAt: entry.publishedAt,
        note: note.text,
        ...(note.lang ? { noteLang: note.lang } : {}),
        title: title.text,
        ...(title.lang ? { titleLang: title.lang } : {}),
        path,
      },
    ]
  })
}

/** Every major change on the site (the guide's change history), newest first, as the viewer may see them. */
export async function getSiteChanges(viewer: Viewer, lang: Lang): Promise<ChangeEntry[]> {
  return withPaths(viewer, lang, await readLog(viewer, '', ''))
}

/** The major changes of one article, newest first. */
export async function getArticleChanges(viewer: Viewer, lang: Lang, articleId: DocId): Promise<ChangeEntry[]> {
  return withPaths(viewer, lang, await readLog(viewer, 'articles', String(articleId)))
}
