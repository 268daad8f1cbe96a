import type { Payload } from 'payload'

import type { Outcome } from './subscribe'
import { addressHash, verifyToken, type TokenPurpose } from './tokens'

type Stored = { id: number | string; email: string; confirmedAt?: string | null }

/** The subscription a valid token of this purpose names, `gone` when it no longer exists, or why the token is refused. */
async function subscriptionOf(payload: Payload, token: unknown, purpose: TokenPurpose): Promise<{ found: Stored } | { gone: true } | { refused: Outcome }> {
  const check = verifyToken(payload.secret, token, purpose)
  if (!check.ok) return { refused: { ok: false, refusal: check.reason === 'expired' ? 'expired-link' : 'bad-link' } }
  const found = (await payload.findByID({ collection: 'subscriptions', id: check.subscription, depth: 0, overrideAccess: true, disableErrors: true })) as Stored | null
  // A deleted subscription's id may have been given to another address since: the token names the address too.
  if (!found || addressHash(found.email) !== check.addressHash) return { gone: true }
  return { found }
}

/** The reader's confirmation link: from now on the subscription gets the alerts. An unknown one has expired (deleted). */
export async function confirmSubscription(payload: Payload, token: unknown): Promise<Outcome> {
  const result = await subscriptionOf(payload, token, 'confirm')
  if ('refused' in result) return result.refused
  if ('gone' in result) return { ok: false, refusal: 'expired-link' }
  if (!result.found.confirmedAt) {
    await payload.update({ collection: 'subscriptions', id: result.found.id, data: { confirmedAt: new Date().toISOString() }, overrideAccess: true })
  }
  return { ok: true }
}

/** Whether an unsubscribe link is good (signed for this, not forged), without ending anything: for its page. */
export async function checkUnsubscribe(payload: Payload, token: unknown): Promise<Outcome> {
  const result = await subscriptionOf(payload, token, 'unsubscribe')
  return 'refused' in result ? result.refused : { ok: true }
}

/** The one-click unsubscribe: the subscription is deleted. One that is already gone is answered the same. */
export async function unsubscribe(payload: Payload, token: unknown): Promise<Outcome> {
  const result = await subscriptionOf(payload, token, 'unsubscribe')
  if ('refused' in result) return result.refused
  if ('found' in result) await payload.delete({ collection: 'subscriptions', id: result.found.id, overrideAccess: true })
  return { ok: true }
}
