import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { isStaff } from '@/access/isStaff'
import { accountFor } from '@/invitations/accountFor'
import { ADMIN_MESSAGES } from '@/invitations/texts'
import { say } from '@/validation/messages'

/**
 * Why: accepting makes a new account, which an address that already has one cannot get; staff are told at
 * once (400 on the e-mail field) instead of the invited person finding a dead end later. A vendor is not:
 * its answer must not tell it who has an account (no enumeration, as registration and forgot-password); its
 * invitation is made as any, and the mail job tells that address it has an account instead of sending a link.
 */
export const refuseExistingAccount: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  if (operation !== 'create' || typeof data.email !== 'string' || !isStaff({ req })) return data
  if ((await accountFor(req.payload, data.email, req)) === null) return data
  throw new ValidationError({ collection: collection.slug, errors: [{ path: 'email', message: say(ADMIN_MESSAGES.accountExists, { req }) }] }, req.t)
}
