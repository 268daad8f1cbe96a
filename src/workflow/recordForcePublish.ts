import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '../audit/recordAudit'
import { takeForced } from './forcedPublish'

/** A forced publish is recorded in the audit log with the admin's reason (the publish itself is logged as any publish). */
export const recordForcePublish: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const reason = takeForced(req, collection.slug)
  if (reason !== undefined) await recordAudit(req, { action: 'force-publish', collection: collection.slug, docId: doc.id, detail: reason })
  return doc
}
