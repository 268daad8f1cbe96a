import type { Payload } from 'payload'

/**
 * Accounts made before e-mail verification was switched on have no `_verified` value. Payload's login lets
 * them in (it refuses only `false`), but its session check wants a true value and would drop them on the next
 * request. SQLite's migration sets them (migrations/20261201_153717_vendor_invitations.ts); MongoDB has no migrations, so
 * every start marks such accounts verified here (none are left after the first). Registrations are stored
 * with `false`, so they are never touched.
 */
export async function verifyExistingUsers(payload: Payload): Promise<void> {
  const where = { _verified: { exists: false } }
  const { totalDocs } = await payload.count({ collection: 'users', where, overrideAccess: true })
  if (totalDocs === 0) return
  await payload.db.updateMany({ collection: 'users', where, data: { _verified: true } })
  payload.logger.info(`Marked ${totalDocs} account(s) made before e-mail verification as verified.`)
}
