import type { CollectionBeforeDeleteHook, CollectionSlug, PayloadRequest } from 'payload'

import { mayAlways } from '../accessFor'
import type { MatrixCollection } from '../matrix'
import { refusal } from '../refusal'
import { DELETE_APPROVED_REFUSED, DELETE_SUBMITTED_REFUSED } from './messages'
import { writeModeOf } from './writeMode'

type Id = number | string

/** The newest version's review state (drafts included): what the editors see in their queue. */
async function newestState(req: PayloadRequest, slug: CollectionSlug, id: Id): Promise<unknown> {
  const doc = (await req.payload.findByID({ collection: slug, id, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })) as {
    workflow?: { state?: unknown }
  } | null
  return doc?.workflow?.state
}

/**
 * Whether the document was ever published: a stored version that is (versions may be pruned), or a publish in
 * the append-only audit log (never pruned).
 */
async function everPublished(req: PayloadRequest, slug: CollectionSlug, id: Id): Promise<boolean> {
  const versions = await req.payload.db.findVersions({
    collection: slug,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    limit: 1,
    pagination: false,
    req,
  })
  if (versions.docs.length > 0) return true
  const audit = await req.payload.db.findOne({
    collection: 'audit-log',
    where: { and: [{ collection: { equals: slug } }, { docId: { equals: String(id) } }, { action: { in: ['publish', 'force-publish'] } }] },
    req,
  })
  return audit !== null
}

/**
 * Only those who may publish delete an entry that is with the editors (submitted, in review) or that the editors
 * ever approved (published, also if unpublished since): the directorate keeps what it reviewed. A vendor may delete
 * its drafts, and entries sent back or rejected that were never published. System writes (access checks off) pass.
 */
export const refuseReviewedDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const versioned = typeof collection.versions === 'object' && Boolean(collection.versions?.drafts)
  if (!versioned || writeModeOf(req, collection.slug).overrideAccess || mayAlways(collection.slug as MatrixCollection, 'publish', req)) return
  const slug = collection.slug as CollectionSlug
  if ((await newestState(req, slug, id)) === 'in-review') throw refusal(DELETE_SUBMITTED_REFUSED, req)
  if (await everPublished(req, slug, id)) throw refusal(DELETE_APPROVED_REFUSED, req)
}
