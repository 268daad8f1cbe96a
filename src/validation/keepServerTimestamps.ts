import type { CollectionBeforeChangeHook } from 'payload'

/**
 * `createdAt` and `updatedAt` are the server's: a value a client sends is ignored rather than refused, because
 * the admin's form and an export fed back to the import send them along with everything else.
 */
export const keepServerTimestamps: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  const now = new Date().toISOString()
  data.createdAt = operation === 'create' ? now : originalDoc?.createdAt
  data.updatedAt = now
  return data
}
