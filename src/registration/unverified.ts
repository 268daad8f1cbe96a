import type { PayloadRequest } from 'payload'

import { recordAudit } from '../audit/recordAudit'

/** A registrant's account as the replacement needs it (`_verified` is hidden: read with showHiddenFields). */
export type UnverifiedAccount = { id: number | string; organisation?: number | string | { id: number | string } | null; _verified?: boolean | null }

const system = { overrideAccess: true } as const

const idOf = (value: UnverifiedAccount['organisation']): number | string | undefined =>
  value === null || value === undefined ? undefined : typeof value === 'object' ? value.id : value

/** Whether an organisation holds anything a person made or was given: an entry, or an invitation staff or a member sent. */
async function holdsAnything(req: PayloadRequest, organisation: number | string): Promise<boolean> {
  const owned = { owner: { equals: organisation } }
  const entries = await req.payload.count({ collection: 'vendors', where: owned, req, ...system })
  if (entries.totalDocs > 0) return true
  const invitations = await req.payload.count({ collection: 'vendor-invitations', where: owned, req, ...system })
  return invitations.totalDocs > 0
}

/** The members of an organisation, with whether each verified its address. */
async function membersOf(req: PayloadRequest, organisation: number | string): Promise<UnverifiedAccount[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { organisation: { equals: organisation } },
    showHiddenFields: true,
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    ...system,
  })
  return docs as unknown as UnverifiedAccount[]
}

/**
 * The members to remove when an organisation number is registered again: an organisation whose members all
 * registered and never verified, and which owns no entries and has no invitations, is held by nobody (a
 * registrant who gave up, or someone squatting the number) and does not block the company. `undefined`: the
 * organisation is in use (or was made by staff, without members) and the number is taken.
 */
export async function unclaimedMembers(req: PayloadRequest, organisation: number | string): Promise<UnverifiedAccount[] | undefined> {
  const members = await membersOf(req, organisation)
  if (members.length === 0 || members.some((member) => member._verified !== false)) return undefined
  return (await holdsAnything(req, organisation)) ? undefined : members
}

/**
 * Deletes an account that was registered and never verified, and its organisation when nobody else is a
 * member and it holds no entries or invitations, both in `req`'s transaction and in the audit log as the
 * system (`detail` says why). Refuses (throws nothing, deletes nothing) an account that is verified.
 */
export async function removeUnverified(req: PayloadRequest, account: UnverifiedAccount, detail: string): Promise<void> {
  if (account._verified !== false) return
  await req.payload.delete({ collection: 'users', id: account.id, req, ...system })
  await recordAudit(req, { action: 'delete', collection: 'users', docId: account.id, actor: null, detail })
  const organisation = idOf(account.organisation)
  if (organisation === undefined) return
  if ((await membersOf(req, organisation)).length > 0 || (await holdsAnything(req, organisation))) return
  await req.payload.delete({ collection: 'vendor-organisations', id: organisation, req, ...system })
  await recordAudit(req, { action: 'delete', collection: 'vendor-organisations', docId: organisation, actor: null, detail })
}
