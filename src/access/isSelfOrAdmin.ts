import type { FieldAccess } from 'payload'

import { sameId } from './organisation'
import { hasRole } from './roles'

/** Whether `id` is the signed-in user's own user document. */
export const isSelf = (user: { id: number | string } | null | undefined, id: unknown): boolean => sameId(user?.id, id)

/** Field-level: passes an admin, and a user reading its own user document (its login sessions, say). */
export const isSelfOrAdminField: FieldAccess = ({ req, doc, id }) => hasRole(req.user, 'admin') || isSelf(req.user, doc?.id ?? id)
