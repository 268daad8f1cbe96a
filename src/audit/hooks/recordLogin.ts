import type { CollectionAfterLoginHook } from 'payload'

import { recordAudit } from '../recordAudit'

/** A login in the audit log (req.user is not set yet while Payload logs in, so the user is named here). */
export const recordLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await recordAudit(req, { action: 'login', collection: 'users', docId: user.id, actor: user })
}
