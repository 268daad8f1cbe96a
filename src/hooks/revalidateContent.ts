import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import type { ContentTag } from '../content/tags'
import { CONTENT_CHANGED } from '../server/content-events.mjs'

/** Set `req.context.skipRevalidate` (the seed, bulk jobs) to skip revalidation for one operation. */
type Context = { skipRevalidate?: boolean }

/**
 * Expires the cache tag of what changed, so every page that shows it is rendered anew on its next request,
 * and tells the production server to forget the pages it answers by itself (src/server/content-events.mjs).
 * Outside a running Next server (seed, CLI, tests) there is no cache to expire, and the call is skipped.
 */
async function expire(tag: ContentTag, req: PayloadRequest): Promise<void> {
  if ((req.context as Context).skipRevalidate) return
  try {
    const { revalidateTag } = await import('next/cache')
    revalidateTag(tag, { expire: 0 })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (!/static generation store missing|outside a request scope|Invariant|Cannot find module|ERR_MODULE_NOT_FOUND/i.test(message)) {
      req.payload.logger.warn({ msg: `revalidation of "${tag}" failed: ${message}` })
    }
  }
  const events: NodeJS.EventEmitter = process
  events.emit(CONTENT_CHANGED, tag)
}

/**
 * Expires every tag of the site at once: after the seed, which writes with revalidation off, so that a page
 * rendered while it ran (and cached as empty) is rendered anew.
 */
export async function expireAllContent(req: PayloadRequest): Promise<void> {
  const { CONTENT_TAGS } = await import('../content/tags')
  for (const tag of CONTENT_TAGS) await expire(tag, req)
}

/**
 * After a create, update, publish or unpublish: the collection's pages show the change. A draft saved over
 * a draft (autosave, every couple of seconds while an editor types) changes nothing public and is skipped.
 */
export const revalidateAfterChange =
  (tag: ContentTag): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    const draftOverDraft = doc?._status === 'draft' && (operation === 'create' || previousDoc?._status === 'draft')
    if (!draftOverDraft) await expire(tag, req)
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
