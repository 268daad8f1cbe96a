import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/access/organisation'
import { isStaff } from '@/access/isStaff'
import { refuseOverLimit } from '@/invitations/limits'

/**
 * Why: every invitation is a mail this site sends to an address the inviter chose, so a vendor member could
 * make it a spam relay. One open invitation per address and organisation, and a vendor's counts per hour and
 * per day (src/invitations/limits.ts); refused before anything is stored or queued.
 */
export const limitInvitations: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const owner = idOf(data.owner as never)
  if (operation !== 'create' || typeof data.email !== 'string' || owner === undefined) return data
  await refuseOverLimit(req, { email: data.email, owner }, isStaff({ req }))
  return data
}
