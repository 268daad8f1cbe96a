import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Why: who invited and the link's state are the server's. A new invitation records its inviter and starts
 * without token, expiry or acceptance (the mail job sets the first two, the accept route the rest), whatever
 * a system caller sent.
 */
export const setInviter: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  return { ...data, invitedBy: req.user?.id ?? null, tokenHash: null, expiresAt: null, acceptedAt: null, acceptedBy: null }
}
