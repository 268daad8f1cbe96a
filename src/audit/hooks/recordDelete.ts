import type { CollectionAfterDeleteHook } from 'payload'

import { recordAudit } from '../recordAudit'

/** Records a deleted document in the audit log (a bulk delete records one entry per document). */
export const recordDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  await recordAudit(req, { action: 'delete', collection: collection.slug, docId: id ?? doc?.id })
  return doc
}
