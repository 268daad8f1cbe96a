import type { CollectionAfterReadHook } from 'payload'

import { isSelf } from '@/access/isSelfOrAdmin'
import { hasRole } from '@/access/roles'

/**
 * Login sessions are for the user itself and admins. Field access already empties the list for others;
 * this removes the key too, so that an editor is not shown `sessions: []` as if the user had none.
 */
export const hideSessionsOfOthers: CollectionAfterReadHook = ({ doc, overrideAccess, req }) => {
  if (overrideAccess || !req.user || hasRole(req.user, 'admin') || isSelf(req.user, doc?.id)) return doc
  const { sessions: _hidden, ...rest } = doc
  return rest
}
