import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

/**
 * Append-only: no entry is ever changed, deleted or restored, whoever asks (the server's own code too, with
 * overrideAccess). Access already refuses every client; this keeps the log honest against a later bug.
 */
export const refuseChanges: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'delete' || operation === 'restoreVersion') throw new Forbidden(req.t)
  return args
}
