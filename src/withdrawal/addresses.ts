import type { PayloadRequest } from 'payload'

import { LANGS, type Lang } from '../i18n/langs'
import { articlePath, localePath, vendorPath } from '../i18n/paths'

/** The collections whose documents have pages of their own. Tariffs and research links are shown on list pages only. */
export const WITHDRAWABLE = ['articles', 'vendors'] as const
export type Withdrawable = (typeof WITHDRAWABLE)[number]

export const isWithdrawable = (slug: unknown): slug is Withdrawable => typeof slug === 'string' && (WITHDRAWABLE as readonly string[]).includes(slug)

type Id = number | string
/** One address per language, as the site serves it (bokmål without a prefix). */
export type Addresses = Record<Lang, string>

type StoredSlug = string | Partial<Record<Lang, string | null>> | null | undefined

/**
 * Every language's address of one document: an article has a slug per language (one without its own uses the
 * bokmål slug, as the site does), a vendor one slug under each language's prefix. Null without a slug.
 */
export function addressesOf(collection: Withdrawable, slug: StoredSlug): Addresses | null {
  const slugIn = (lang: Lang): string | null => {
    if (typeof slug === 'string') return slug || null
    return slug?.[lang] || slug?.nb || null
  }
  if (!slugIn('nb')) return null
  const pathFor = collection === 'articles' ? articlePath : vendorPath
  return Object.fromEntries(LANGS.map((lang) => [lang, localePath(lang, pathFor(slugIn(lang)!))])) as Addresses
}

/**
 * The addresses of the document as the public has it (the main document, in every language), or null when it
 * is not published. Read from the database adapter inside `req`'s transaction: in a beforeChange hook this is
 * still the stored document, before the write.
 */
export async function publishedAddresses(req: PayloadRequest, collection: Withdrawable, id: Id): Promise<Addresses | null> {
  return (await publishedDoc(req, collection, id))?.addresses ?? null
}

/** The published document's stored id (a number on SQLite, whatever form `id` came in: GraphQL sends strings) and addresses. */
export async function publishedDoc(req: PayloadRequest, collection: Withdrawable, id: Id): Promise<{ id: Id; addresses: Addresses } | null> {
  const doc = (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, locale: 'all', req })) as {
    id: Id
    _status?: string
    slug?: StoredSlug
  } | null
  if (!doc || doc._status !== 'published') return null
  const addresses = addressesOf(collection, doc.slug)
  return addresses ? { id: doc.id, addresses } : null
}

/** The document's address in one language, as the public has it, or null when it is not published. */
export async function publishedAddressIn(req: PayloadRequest, collection: Withdrawable, id: Id, lang: Lang): Promise<string | null> {
  return (await publishedAddresses(req, collection, id))?.[lang] ?? null
}
