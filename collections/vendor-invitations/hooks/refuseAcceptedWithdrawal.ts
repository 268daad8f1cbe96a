import type { CollectionBeforeDeleteHook } from 'payload'

import { refusal } from '@/access/refusal'
import { ADMIN_MESSAGES } from '@/invitations/texts'

/**
 * Why: withdrawing is for an invitation nobody has used. An accepted one is the record of how a member
 * joined; deleting it would leave the account and lose the record, so it is refused (403) for everyone.
 */
export const refuseAcceptedWithdrawal: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const invitation = await req.payload.findByID({ collection: collection.slug as never, id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if ((invitation as { acceptedAt?: unknown } | null)?.acceptedAt) throw refusal(ADMIN_MESSAGES.acceptedDelete, req)
}
