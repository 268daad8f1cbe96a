import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Why: a revocation is for good and its time is the server's. An update that names `revokedAt` on a link not
 * yet revoked revokes it now; a revoked link stays revoked (a `null` or another date changes nothing).
 */
export const keepRevocation: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation !== 'update') return data
  const revokedBefore = (originalDoc as { revokedAt?: string | null } | undefined)?.revokedAt ?? null
  if (revokedBefore) return { ...data, revokedAt: revokedBefore }
  if (!('revokedAt' in data)) return data
  return { ...data, revokedAt: data.revokedAt ? new Date().toISOString() : null }
}
