import type { CollectionBeforeOperationHook } from 'payload'

import { isRegistration } from '@/registration/context'

/**
 * Payload's e-mail verification is for vendors who register themselves (src/registration): only their
 * account starts unverified and is sent the verification mail. Every other new account (made by staff, from
 * ADMIN_EMAIL, by the seed, by an invitation whose link already proved the address) is verified at once and
 * mails nothing, whatever `_verified` the request sent.
 */
export const startVerifiedUnlessRegistration: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create') return args
  const registering = isRegistration(req.context)
  return {
    ...args,
    data: { ...(args.data ?? {}), _verified: !registering },
    disableVerificationEmail: !registering || args.disableVerificationEmail === true,
  }
}
