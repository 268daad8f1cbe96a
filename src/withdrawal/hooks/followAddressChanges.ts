import type { CollectionAfterChangeHook } from 'payload'

import { writeModeOf } from '../../access/hooks/writeMode'
import { LANGS } from '../../i18n/langs'
import { isWithdrawable, publishedAddresses } from '../addresses'
import { collapseChains, freeAddresses, redirectAddress } from '../store'
import { rememberedAddresses } from './rememberPublishedAddresses'

/**
 * After a publish (or any save that leaves the document published): the document owns its addresses again
 * (no redirect leaves from them, its withdrawal is over), and each language's address it was published at
 * before and no longer has now sends readers to it permanently. Redirects to the document follow it, and those
 * that led to an old address as a path now lead to the document, so a chain of renames stays one hop.
 */
export const followAddressChanges: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const slug = collection.slug
  if (!isWithdrawable(slug) || doc?._status !== 'published' || writeModeOf(req, slug).draft) return doc
  const now = await publishedAddresses(req, slug, doc.id)
  if (!now) return doc
  const current = new Set(Object.values(now))
  await freeAddresses(req, slug, doc.id, [...current])
  const before = rememberedAddresses(req.context, slug, doc.id)
  if (!before) return doc
  const moved = [...new Set(LANGS.map((lang) => before[lang]).filter((old) => !current.has(old)))]
  const to = { reference: { relationTo: slug, value: doc.id } }
  for (const old of moved) await redirectAddress(req, old, to)
  await collapseChains(req, moved, to)
  return doc
}
