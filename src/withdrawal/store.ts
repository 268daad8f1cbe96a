import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { Withdrawable } from './addresses'
import { DEFAULT_REDIRECT_TYPE, REDIRECTS, WITHDRAWALS, type RedirectType } from './slugs'

type Id = number | string

/** Where a redirect leads: a document (its address in the reader's language, as it is when asked) or a site path. */
export type RedirectTo = { reference: { relationTo: Withdrawable; value: Id } } | { url: string }

const SYSTEM = { overrideAccess: true, depth: 0 } as const

const toData = (to: RedirectTo) =>
  'url' in to ? { type: 'custom', url: to.url } : { type: 'reference', reference: { relationTo: to.reference.relationTo, value: to.reference.value } }

/**
 * Sends `from` to `to` from now on, replacing what `from` had (an address has one redirect: `from` is unique).
 * A redirect to a document follows that document wherever it moves, so a chain of renames is one hop.
 */
export async function redirectAddress(req: PayloadRequest, from: string, to: RedirectTo, type: RedirectType = DEFAULT_REDIRECT_TYPE): Promise<void> {
  if ('url' in to && to.url === from) return
  await req.payload.delete({ collection: REDIRECTS as CollectionSlug, where: { from: { equals: from } }, req, ...SYSTEM })
  await req.payload.create({ collection: REDIRECTS as CollectionSlug, data: { from, to: toData(to), type } as never, req, ...SYSTEM })
}

/**
 * Redirects that led to one of `addresses` as a site path now lead to the document that moved away from
 * there: A -> B, then B -> C, makes A -> C, not A -> B -> C.
 */
export async function collapseChains(req: PayloadRequest, addresses: string[], to: RedirectTo): Promise<void> {
  if (addresses.length === 0) return
  await req.payload.update({
    collection: REDIRECTS as CollectionSlug,
    where: { and: [{ 'to.type': { equals: 'custom' } }, { 'to.url': { in: addresses } }] },
    data: { to: toData(to) } as never,
    req,
    ...SYSTEM,
  })
}

/**
 * A document published at `addresses` takes them back: no redirect leaves from there, and neither that
 * document's withdrawal nor another's withdrawn address stands in its way (a page published again answers
 * 200 at once).
 */
export async function freeAddresses(req: PayloadRequest, collection: Withdrawable, id: Id, addresses: string[]): Promise<void> {
  if (addresses.length > 0) {
    await req.payload.delete({ collection: REDIRECTS as CollectionSlug, where: { from: { in: addresses } }, req, ...SYSTEM })
  }
  const withdrawals: Where = {
    or: [
      { and: [{ collection: { equals: collection } }, { docId: { equals: String(id) } }] },
      ...(addresses.length > 0 ? [{ 'addresses.path': { in: addresses } }] : []),
    ],
  }
  await req.payload.delete({ collection: WITHDRAWALS as CollectionSlug, where: withdrawals, req, ...SYSTEM })
}
