import type { Payload, PayloadRequest } from 'payload'

import type { LoggedCollection } from '../changes/loggedCollections'
import { TITLE_FIELD } from '../changes/loggedCollections'
import type { Lang } from '../i18n/langs'
import { articleHistoryPath, articlePath, PAGE_PATHS, vendorPath } from '../i18n/paths'

/** Where one document is shown on the site and where its change history is, per language, and its title. */
export type DocumentPages = { title: (lang: Lang) => string; page: (lang: Lang) => string; history: (lang: Lang) => string; isGuide: boolean }

type Localized = string | Partial<Record<Lang, string | null>> | null | undefined

const inLang = (value: Localized, lang: Lang): string =>
  (typeof value === 'string' ? value : value?.[lang] || value?.nb) ?? ''

/**
 * The pages of one published document, read as the server in `req`'s transaction (its slug and title in every
 * language; for an article, whether it is the guide at /). Articles have a history of their own; everything
 * else is part of the guide's, at /endringer.
 */
export async function documentPages(payload: Payload, req: PayloadRequest, collection: LoggedCollection, id: number | string): Promise<DocumentPages> {
  const titleField = TITLE_FIELD[collection]
  const doc = (await payload.findByID({
    collection,
    id,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { [titleField]: true, ...(collection === 'articles' || collection === 'vendors' ? { slug: true } : {}) } as never,
  })) as Record<string, unknown> | null
  const title = (lang: Lang) => inLang(doc?.[titleField] as Localized, lang)
  const slug = (lang: Lang) => inLang(doc?.slug as Localized, lang)
  const site = { title, history: () => PAGE_PATHS.changes, isGuide: false }
  switch (collection) {
    case 'articles': {
      const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req, select: { frontPage: true } as never })
      const front = (settings as { frontPage?: unknown }).frontPage
      if (front !== undefined && front !== null && String(typeof front === 'object' ? (front as { id: unknown }).id : front) === String(id)) {
        return { ...site, page: () => PAGE_PATHS.guide, isGuide: true }
      }
      return { title, page: (lang) => articlePath(slug(lang)), history: (lang) => articleHistoryPath(slug(lang)), isGuide: false }
    }
    case 'vendors':
      return { ...site, page: (lang) => vendorPath(slug(lang)) }
    case 'tariffs':
      return { ...site, page: () => PAGE_PATHS.tariffs }
    case 'research-links':
      return { ...site, page: () => PAGE_PATHS.research }
  }
}
