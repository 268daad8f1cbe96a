import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { expiryAfter, hashShareToken, isLinkDays, MAX_LINK_DAYS, newShareToken } from '@/preview/shareToken'
import { say } from '@/validation/messages'

/** Where the new link's token waits for the create's answer (returnShareLinkOnce); it is never stored. */
export const SHARE_TOKEN_CONTEXT = 'previewLinkToken'

const BAD_DAYS = {
  nb: `En delt forhåndsvisning kan vare fra 1 til ${MAX_LINK_DAYS} dager (et helt antall).`,
  en: `A shared preview can last from 1 to ${MAX_LINK_DAYS} days (a whole number).`,
}

/**
 * Why: the token must exist only in the answer to the one who made the link. On create the server makes
 * the token, stores only its SHA-256, sets the expiry from the days chosen (1 to 30, else 400) and who made
 * it; whatever a client sent for those is replaced.
 */
export const issueShareToken: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  if (!isLinkDays(data.days)) throw new APIError(say(BAD_DAYS, { req }), 400, null, true)
  const token = newShareToken()
  req.context[SHARE_TOKEN_CONTEXT] = token
  return {
    ...data,
    tokenHash: hashShareToken(token),
    expiresAt: expiryAfter(data.days),
    revokedAt: null,
    createdBy: req.user?.id ?? null,
  }
}
