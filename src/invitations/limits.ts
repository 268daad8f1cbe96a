import { APIError, createLocalReq, ValidationError, type CollectionSlug, type PayloadRequest, type Where } from 'payload'

import { AUDIT_LOG } from '../audit/actions'
import { recordAudit } from '../audit/recordAudit'
import { say } from '../validation/messages'
import { INVITATIONS } from './invitation'

const HOUR_MS = 60 * 60 * 1000

export type InvitationLimit = { max: number; windowMs: number }

/**
 * How many invitations a vendor may send (each is a mail from this site to an address it chose): 10 an hour
 * per member and 20 a day per organisation. Staff have no count: they invite on the directorate's behalf,
 * and a vendor's count never stops them (their invitations do count towards the organisation's day).
 */
export const INVITATION_LIMITS = {
  perMember: { max: 10, windowMs: HOUR_MS },
  perOrganisation: { max: 20, windowMs: 24 * HOUR_MS },
} as const satisfies Record<string, InvitationLimit>

/**
 * The audit detail of a made invitation, which the organisation's count reads back. Counted from the audit
 * log, not the invitations: a withdrawn (deleted) invitation has had its mail, and must still count.
 */
export const createdDetail = (owner: number | string): string => `organisasjon ${owner}`

const MESSAGES = {
  perMember: (max: number, at: Date) => ({
    nb: `Du har sendt ${max} invitasjoner den siste timen, som er det meste som kan sendes. Du kan invitere igjen fra kl. ${clock(at, 'nb-NO')}.`,
    en: `You have sent ${max} invitations in the last hour, which is the most that can be sent. You can invite again from ${clock(at, 'en-GB')}.`,
  }),
  perOrganisation: (max: number, at: Date) => ({
    nb: `Organisasjonen har sendt ${max} invitasjoner det siste døgnet, som er det meste som kan sendes. Dere kan invitere igjen fra ${day(at, 'nb-NO')} kl. ${clock(at, 'nb-NO')}.`,
    en: `The organisation has sent ${max} invitations in the last 24 hours, which is the most that can be sent. You can invite again from ${clock(at, 'en-GB')} on ${day(at, 'en-GB')}.`,
  }),
  open: {
    nb: 'Denne e-postadressen har allerede en invitasjon til organisasjonen som ikke er godtatt eller utløpt. Vil du sende en ny, trekk først den gamle tilbake ved å slette den.',
    en: 'This e-mail address already has an invitation to the organisation that is neither accepted nor expired. To send a new one, first withdraw the old one by deleting it.',
  },
}

const clock = (at: Date, locale: string) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Oslo' }).format(at)
const day = (at: Date, locale: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'Europe/Oslo' }).format(at)

/**
 * When the invitations made under `where` fall below `limit` again, or null while they are below it. Read
 * from the audit log's `invitation-created` entries (adapter-neutral, the same for every process). Rounded up
 * to the minute, so the time the message names is never too early.
 */
async function freeAgainAt(req: PayloadRequest, where: Where, limit: InvitationLimit, now: number): Promise<Date | null> {
  const inWindow: Where = {
    and: [{ action: { equals: 'invitation-created' } }, { collection: { equals: INVITATIONS } }, { createdAt: { greater_than: new Date(now - limit.windowMs).toISOString() } }, where],
  }
  const audit = AUDIT_LOG as CollectionSlug
  const { totalDocs } = await req.payload.count({ collection: audit, where: inWindow, overrideAccess: true, req })
  if (totalDocs < limit.max) return null
  // The count falls below the limit when the entry that many places from the newest leaves the window.
  const { docs } = await req.payload.find({ collection: audit, where: inWindow, sort: 'createdAt', limit: 1, page: totalDocs - limit.max + 1, depth: 0, overrideAccess: true, req })
  const oldest = docs[0] as { createdAt?: string } | undefined
  const at = (oldest?.createdAt ? new Date(oldest.createdAt).getTime() : now) + limit.windowMs
  return new Date(Math.ceil(at / 60_000) * 60_000)
}

/** The id of an invitation to this address and organisation that is neither accepted nor expired. */
async function openInvitationTo(req: PayloadRequest, email: string, owner: number | string, now: number): Promise<number | string | null> {
  const { docs } = await req.payload.find({
    collection: INVITATIONS,
    where: {
      and: [
        { email: { equals: email } },
        { owner: { equals: owner } },
        { acceptedAt: { exists: false } },
        { or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than: new Date(now).toISOString() } }] },
      ],
    },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs[0] as { id: number | string } | undefined)?.id ?? null
}

/**
 * Records a refused invitation in the audit log. Outside the create's transaction (a fresh request), which
 * the refusal rolls back; a failure to record is logged, and the refusal stands.
 */
async function recordRefusal(req: PayloadRequest, detail: string, docId?: number | string): Promise<void> {
  try {
    await recordAudit(await createLocalReq({}, req.payload), { action: 'invitation-limited', collection: INVITATIONS, docId, actor: (req.user as never) ?? null, detail })
  } catch (error) {
    req.payload.logger.error({ err: error, detail }, 'refused invitation not recorded in the audit log')
  }
}

/**
 * Refuses an invitation that would pass a limit: a second open one to the same address and organisation
 * (400 on the e-mail field, for everyone), or for a vendor the member's hour or the organisation's day (429,
 * saying when it may invite again). Each refusal is in the audit log. The counts are read before the write,
 * so two creates at the same instant may both pass the last place; the count holds from the next one.
 */
export async function refuseOverLimit(req: PayloadRequest, invitation: { email: string; owner: number | string }, staff: boolean): Promise<void> {
  const now = Date.now()
  const open = await openInvitationTo(req, invitation.email, invitation.owner, now)
  if (open !== null) {
    await recordRefusal(req, `${createdDetail(invitation.owner)}: åpen invitasjon til adressen finnes`, open)
    throw new ValidationError({ collection: INVITATIONS, errors: [{ path: 'email', message: say(MESSAGES.open, { req }) }] }, req.t)
  }
  if (staff || !req.user) return
  const { perMember, perOrganisation } = INVITATION_LIMITS
  const memberFree = await freeAgainAt(req, { actor: { equals: req.user.id } }, perMember, now)
  if (memberFree) {
    await recordRefusal(req, `${createdDetail(invitation.owner)}: ${perMember.max} per time for brukeren`)
    throw new APIError(say(MESSAGES.perMember(perMember.max, memberFree), { req }), 429, null, true)
  }
  const organisationFree = await freeAgainAt(req, { detail: { equals: createdDetail(invitation.owner) } }, perOrganisation, now)
  if (organisationFree) {
    await recordRefusal(req, `${createdDetail(invitation.owner)}: ${perOrganisation.max} per døgn for organisasjonen`)
    throw new APIError(say(MESSAGES.perOrganisation(perOrganisation.max, organisationFree), { req }), 429, null, true)
  }
}
