import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { writeModeOf } from '../access/hooks/writeMode'
import { afterCommit, transactionOf } from '../db/afterCommit'
import { announceContentChange, type ContentTag } from '../invalidation/index.mjs'

/** Set `req.context.skipRevalidate` (the seed, which announces once when it is done) to skip one operation. */
type Context = { skipRevalidate?: boolean }

/** Tags changed in one transaction of a request and not yet announced: its commit announces them together. */
const pending = new WeakMap<PayloadRequest, { transaction: number | string; tags: Set<ContentTag> }>()

/**
 * Announces the change once it is committed (src/invalidation/): every app process expires the tag in Next's
 * cache and forgets the pages its server answers by itself, so every page that shows the change is rendered
 * anew on its next request. The changes of one transaction go out together, after its commit.
 */
async function expire(tag: ContentTag, req: PayloadRequest): Promise<void> {
  if ((req.context as Context).skipRevalidate) return
  const transaction = await transactionOf(req)
  const open = pending.get(req)
  if (transaction !== undefined && open?.transaction === transaction) return void open.tags.add(tag)
  const tags = new Set([tag])
  if (transaction !== undefined) pending.set(req, { transaction, tags })
  await afterCommit(req, async () => {
    if (pending.get(req)?.tags === tags) pending.delete(req)
    await announceContentChange([...tags], req.payload.logger)
  })
}

/**
 * After a create, update, publish or unpublish: the collection's pages show the change. A new draft, and a
 * draft save (Payload's `draft: true`: autosave every couple of seconds while an editor types, "Save draft"),
 * change nothing public and are skipped. The write mode is asked, not `previousDoc`: Payload's previousDoc is
 * the newest version, so an unpublish (`_status: 'draft'` without `draft: true`) of an entry with a newer
 * draft would look like a draft over a draft while it takes the entry off the site.
 */
export const revalidateAfterChange =
  (tag: ContentTag): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, req }) => {
    const draftSave = doc?._status === 'draft' && (operation === 'create' || writeModeOf(req, collection.slug).draft)
    if (!draftSave) await expire(tag, req)
    return doc
  }

/** After a delete: the document disappears from every page. */
export const revalidateAfterDelete =
  (tag: ContentTag): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await expire(tag, req)
    return doc
  }

/** After a global changes (settings, navigation): every page shows it. */
export const revalidateGlobal =
  (tag: ContentTag): GlobalAfterChangeHook =>
  async ({ doc, req }) => {
    await expire(tag, req)
    return doc
  }
