import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { ADMIN_MESSAGES } from '@/invitations/texts'
import { say } from '@/validation/messages'

/**
 * Why: accepting makes a new account, which an address that already has one cannot get; the inviter is told
 * at once (400 on the e-mail field) instead of the invited person finding a dead end later.
 */
export const refuseExistingAccount: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  if (operation !== 'create' || typeof data.email !== 'string') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', where: { email: { equals: data.email } }, overrideAccess: true, req })
  if (totalDocs === 0) return data
  throw new ValidationError({ collection: collection.slug, errors: [{ path: 'email', message: say(ADMIN_MESSAGES.accountExists, { req }) }] }, req.t)
}
