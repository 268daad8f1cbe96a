import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'

/** Why: who shared which draft with someone outside, and who took it back, is kept in the audit log. */
export const auditShareLink: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const target = { collection: String(doc.targetCollection), docId: String(doc.docId) }
  if (operation === 'create') {
    await recordAudit(req, { action: 'preview-link-created', ...target, detail: `lenke ${doc.id}, gyldig til ${doc.expiresAt}` })
  } else if (doc.revokedAt && !previousDoc?.revokedAt) {
    await recordAudit(req, { action: 'preview-link-revoked', ...target, detail: `lenke ${doc.id}` })
  }
  return doc
}
