import type { CollectionAfterOperationHook } from 'payload'

import { recordAudit } from '../audit/recordAudit'

/** A restore is in the audit log: who restored which version of which document (in the restore's transaction). */
export const recordRestore: CollectionAfterOperationHook = async ({ args, collection, operation, req, result }) => {
  if (operation !== 'restoreVersion') return result
  const versionId = (args as { id?: number | string }).id
  const docId = (result as { id?: number | string } | undefined)?.id
  await recordAudit(req, {
    action: 'restore',
    collection: collection.slug,
    docId,
    detail: `Versjon ${String(versionId)} gjenopprettet som nytt utkast`,
  })
  return result
}
