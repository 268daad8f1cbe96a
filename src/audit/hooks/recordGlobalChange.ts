import type { GlobalAfterChangeHook } from 'payload'

import { changedFields } from '../changedFields'
import { recordAudit } from '../recordAudit'

/** An update of a global (site settings, navigation) in the audit log, with the fields that changed. */
export const recordGlobalChange: GlobalAfterChangeHook = async ({ doc, global, previousDoc, req }) => {
  const fields = changedFields(global.fields, previousDoc, doc)
  if (fields.length > 0) await recordAudit(req, { action: 'update', collection: global.slug, fields })
  return doc
}
