import type { CollectionBeforeChangeHook } from 'payload'

import { writeModeOf } from '../../access/hooks/writeMode'
import { isWithdrawable, publishedAddresses, type Addresses } from '../addresses'

const KEY = 'videoveileder.withdrawal.publishedAddresses'

type Remembered = Record<string, Addresses | null>

/** The addresses `rememberPublishedAddresses` found for one document in this request (undefined: not asked). */
export function rememberedAddresses(context: Record<string, unknown>, slug: string, id: number | string): Addresses | null | undefined {
  return (context[KEY] as Remembered | undefined)?.[`${slug}:${id}`]
}

/**
 * Before a save that may change what the public sees (not a draft save): notes the addresses the document is
 * published at now, so that `followAddressChanges` can tell a published slug change after the write. Read
 * from the stored main document: Payload's `originalDoc` is the newest draft, which may carry the new slug.
 */
export const rememberPublishedAddresses: CollectionBeforeChangeHook = async ({ collection, operation, originalDoc, req, data }) => {
  if (operation !== 'update' || !isWithdrawable(collection.slug) || writeModeOf(req, collection.slug).draft) return data
  const id = originalDoc?.id
  if (id === undefined) return data
  const remembered = ((req.context[KEY] as Remembered | undefined) ??= {})
  remembered[`${collection.slug}:${id}`] = await publishedAddresses(req, collection.slug, id)
  return data
}
