import type { CollectionAfterReadHook } from 'payload'

import { hasRole } from '@/access/roles'

/**
 * Login sessions are for the user itself and admins. Field access already empties the list for others;
 * this removes the key too, so that an editor is not shown `sessions: []` as if the user had none.
 */
export const hideSessionsOfOthers: CollectionAfterReadHook = ({ doc, overrideAccess, req }) => {
  if (overrideAccess || !req.user || hasRole(req.user, 'admin') || String(req.user.id) === String(doc?.id)) return doc
  const { sessions: _hidden, ...rest } = doc
  return rest
}
