import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Field-level: passes an admin, and a user reading its own user document (its login sessions, say). */
export const isSelfOrAdminField: FieldAccess = ({ req, doc, id }) => {
  if (hasRole(req.user, 'admin')) return true
  const ownId = doc?.id ?? id
  return Boolean(req.user && ownId !== undefined && String(req.user.id) === String(ownId))
}
