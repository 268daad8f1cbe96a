import type { SearchPluginConfig } from '@payloadcms/plugin-search/types'
import type { CollectionSlug, PayloadRequest, TypedLocale } from 'payload'

import { buildSearchDoc, SEARCH_PRIORITIES, type SearchCollection } from './buildSearchDoc'

const SEARCH = 'search' as CollectionSlug
const SYSTEM = { overrideAccess: true, depth: 0 } as const

type Id = number | string
type SkipSync = NonNullable<SearchPluginConfig['skipSync']>

/**
 * Keeps one document's search entry, in every language at once, and tells the plugin to do nothing more
 * (it is the plugin's `skipSync`). Why not the plugin's own sync: it writes only the request's language,
 * and a query in another language does not fall back, so a vendor saved in bokmål was not found on /nn or
 * /en; and it indexes any status but `draft`. Here only a `published` document is in the index, whatever
 * else its status field says; a draft or anything else removes the entry unless a published version stands.
 */
export const syncSearchIndex: SkipSync = async ({ collectionSlug, doc, req }) => {
  const { locale, fallbackLocale } = req
  const published = doc?._status === 'published'
  try {
    if (published) await indexDocument(collectionSlug, doc.id, req)
    else if (!(await isPublished(collectionSlug, doc?.id, req))) await removeFromIndex(collectionSlug, doc?.id, req)
    return true
  } catch (err) {
    req.payload.logger.error({ err, msg: `Search index: could not sync ${collectionSlug} ${String(doc?.id)}` })
    // Let the plugin's own sync run: a published document still gets its one-language entry, and anything else
    // is removed by it (deleteDrafts), so a failed removal never leaves an unpublished document searchable.
    return false
  } finally {
    // The Local API calls below set the request's locale to each language in turn.
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

async function isPublished(collection: string, id: Id | undefined, req: PayloadRequest): Promise<boolean> {
  if (id === undefined) return false
  const { totalDocs } = await req.payload.count({
    collection: collection as CollectionSlug,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

async function entriesOf(collection: string, id: Id, req: PayloadRequest) {
  const { docs } = await req.payload.find({
    collection: SEARCH,
    where: { and: [{ 'doc.relationTo': { equals: collection } }, { 'doc.value': { equals: id } }] },
    pagination: false,
    req,
    ...SYSTEM,
  })
  return docs.map((entry) => entry.id as Id)
}

async function removeFromIndex(collection: string, id: Id | undefined, req: PayloadRequest) {
  if (id === undefined) return
  const ids = await entriesOf(collection, id, req)
  if (ids.length) await req.payload.delete({ collection: SEARCH, where: { id: { in: ids } }, req, ...SYSTEM })
}

/** Writes the entry in the default language first (with what is not localized), then in each other language. */
async function indexDocument(collection: string, id: Id, req: PayloadRequest) {
  const { payload } = req
  const localization = payload.config.localization
  const defaultLocale = (localization ? localization.defaultLocale : undefined) as TypedLocale | undefined
  const others = localization ? (localization.localeCodes as TypedLocale[]).filter((code) => code !== defaultLocale) : []
  const locales = [defaultLocale, ...others]
  const [entryId, ...duplicates] = await entriesOf(collection, id, req)
  if (duplicates.length) await payload.delete({ collection: SEARCH, where: { id: { in: duplicates } }, req, ...SYSTEM })
  let target = entryId
  for (const locale of locales) {
    const source = await payload.findByID({
      collection: collection as CollectionSlug,
      id,
      locale,
      fallbackLocale: defaultLocale,
      draft: false,
      disableErrors: true,
      req,
      ...SYSTEM,
    })
    if (!source) return removeFromIndex(collection, id, req)
    const built = await buildSearchDoc({
      collectionSlug: collection,
      originalDoc: source,
      payload,
      req,
      searchDoc: { doc: { relationTo: collection, value: id as string }, title: '' },
    })
    const localized = { title: built.title, excerpt: built.excerpt ?? null }
    const data = locale === defaultLocale ? { ...built, ...localized } : localized
    if (target === undefined) {
      const priority = SEARCH_PRIORITIES[collection as SearchCollection] ?? 0
      target = (await payload.create({ collection: SEARCH, data: { ...data, priority } as never, locale, req, ...SYSTEM })).id as Id
    } else {
      await payload.update({ collection: SEARCH, id: target, data: data as never, locale, req, ...SYSTEM })
    }
  }
}
