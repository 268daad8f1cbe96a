import type { FieldHook } from 'payload'

import { Forbidden } from 'payload'

import { isAdmin } from '@/access/isAdmin'

const asSet = (value: unknown): string[] =>
  [...new Set((Array.isArray(value) ? value : value == null ? [] : [value]).map(String))].sort()

/**
 * Only admins change roles. Payload's field access alone drops a vendor's `roles: ['admin']` and answers 200,
 * which hides the attempt; this answers 403 instead. Sending the roles one already has (the admin form sends
 * every field) is no change and passes. New accounts are left to field access (first user, admin-created).
 */
export const refuseRoleEscalation: FieldHook = ({ operation, overrideAccess, previousValue, req, value }) => {
  if (operation !== 'update' || overrideAccess || value === undefined || isAdmin({ req })) return value
  if (JSON.stringify(asSet(value)) !== JSON.stringify(asSet(previousValue))) throw new Forbidden(req.t)
  return value
}
