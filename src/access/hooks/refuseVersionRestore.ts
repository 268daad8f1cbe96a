import type { CollectionBeforeOperationHook } from 'payload'

import { mayAlways } from '../accessFor'
import type { MatrixCollection } from '../matrix'
import { refusal } from '../refusal'
import { RESTORE_REFUSED } from './messages'

/**
 * Restoring a version (Payload's restoreVersion, `POST /api/<slug>/versions/<id>`) is a publish. Payload asks
 * only the `update` access with the restored status, which a vendor's `'own'` passes for its own entry, and
 * its beforeChange hooks cannot tell a restore as draft from one that publishes; so it is refused before it starts.
 */
export const refuseVersionRestore: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  if (operation !== 'restoreVersion' || overrideAccess === true) return args
  if (!mayAlways(collection.slug as MatrixCollection, 'publish', req)) throw refusal(RESTORE_REFUSED, req)
  return args
}
