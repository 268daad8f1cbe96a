import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The very first account (from the create-first-user screen or ADMIN_EMAIL) becomes an admin;
 * otherwise there would be nobody allowed to hand out roles.
 */
export const assignFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
