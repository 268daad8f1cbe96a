import type { CollectionBeforeChangeHook } from 'payload'

import { isRegistration } from '@/registration/context'

/**
 * The very first account (from the create-first-user screen or ADMIN_EMAIL) becomes an admin;
 * otherwise there would be nobody allowed to hand out roles. A vendor who registers on the public site never
 * does, even on a site that has no accounts yet.
 */
export const assignFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || isRegistration(req.context)) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
