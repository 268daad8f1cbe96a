import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { idOf } from '../access/organisation'
import { hashSecretToken, isSecretTokenShape } from '../security/secretToken'
import { organisationName } from '../vendors/organisationName'

export const INVITATIONS = 'vendor-invitations' as CollectionSlug

/** The address an invitation's link opens (bokmål; `/nn/` and `/en/` in front for the other languages). */
export const INVITATION_PATH_PREFIX = '/invitasjon/'

/** An invitation as stored (the token hash is read by the server only). */
export type InvitationDoc = {
  id: number | string
  email: string
  owner: unknown
  expiresAt?: string | null
  acceptedAt?: string | null
  invitedBy?: unknown
}

/** What the accept page needs of an invitation its link may still use. */
export type OpenInvitation = { id: number | string; email: string; owner: number | string; organisation: string }

/** The states an invitation is shown in: mail not yet sent, sent (link usable), accepted, expired. */
export const INVITATION_STATES = ['queued', 'sent', 'accepted', 'expired'] as const
export type InvitationState = (typeof INVITATION_STATES)[number]

/** An invitation's state now, from its own dates. */
export function stateOf(invitation: Pick<InvitationDoc, 'expiresAt' | 'acceptedAt'>, now = new Date()): InvitationState {
  if (invitation.acceptedAt) return 'accepted'
  if (!invitation.expiresAt) return 'queued'
  return new Date(invitation.expiresAt).getTime() > now.getTime() ? 'sent' : 'expired'
}

/**
 * The invitation a link's token opens, while it may be used: found by the token's hash, mail sent, not
 * expired, not accepted, and its organisation still there. Anything else (unknown, malformed, withdrawn,
 * expired, used) is null, and is never told apart to the holder. Pass `req` to read in its transaction.
 */
export async function openInvitationOf(payload: Payload, token: unknown, req?: PayloadRequest, now = new Date()): Promise<OpenInvitation | null> {
  if (!isSecretTokenShape(token)) return null
  const { docs } = await payload.find({
    collection: INVITATIONS,
    where: { tokenHash: { equals: hashSecretToken(token) } },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  const invitation = docs[0] as unknown as InvitationDoc | undefined
  if (!invitation || stateOf(invitation, now) !== 'sent') return null
  const owner = idOf(invitation.owner as never)
  const organisation = await organisationName(payload, owner, req)
  if (owner === undefined || organisation === null) return null
  return { id: invitation.id, email: invitation.email, owner, organisation }
}
