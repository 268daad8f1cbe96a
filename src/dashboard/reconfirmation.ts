import type { PayloadRequest } from 'payload'

import type { Vendor } from '../../payload-types'
import { reconfirmMonthsSetting } from '../scheduling/reconfirmationReminders'
import { confirmationOf } from '../vendors/confirmation'
import { refOf, type DocumentRef } from './documents'

/** One approved entry overdue for re-confirmation: since when it stands unconfirmed, and whether a confirmation awaits review. */
export type ReconfirmationItem = DocumentRef & { company: string | null; confirmedAt: string; dueAt: string; inReview: boolean }

type Entry = Pick<Vendor, 'id' | 'name' | 'owner' | 'attestations'>

/**
 * The approved (published) vendor entries whose attestations are overdue for re-confirmation (the period in site
 * settings), the longest overdue first, read as the user. The site marks each one "Ikke bekreftet siden …".
 */
export async function overdueReconfirmations(req: PayloadRequest, now = new Date()): Promise<ReconfirmationItem[]> {
  const months = await reconfirmMonthsSetting(req)
  const read = { overrideAccess: false, user: req.user, req, limit: 500, pagination: false } as const
  const { docs } = await req.payload.find({
    collection: 'vendors',
    ...read,
    where: { _status: { equals: 'published' } },
    draft: false,
    depth: 1,
    populate: { 'vendor-organisations': { name: true } },
    select: { name: true, owner: true, attestations: true },
  })
  const overdue = (docs as Entry[]).flatMap((doc) => {
    const c = confirmationOf(doc.attestations, months, now)
    if (!c.overdue || !c.confirmedAt || !c.dueAt) return []
    const owner = typeof doc.owner === 'object' && doc.owner ? doc.owner.name : null
    return [{ ...refOf('vendors', doc as never), company: owner ?? null, confirmedAt: c.confirmedAt, dueAt: c.dueAt }]
  })
  if (overdue.length === 0) return []
  // The newest versions: a re-confirmation (or another change) the vendor has sent in and the editors have not decided.
  const { docs: newest } = await req.payload.find({
    collection: 'vendors',
    ...read,
    where: { id: { in: overdue.map((item) => item.id) } },
    draft: true,
    depth: 0,
    select: { workflow: true },
  })
  const inReview = new Set(newest.filter((doc) => doc.workflow?.state === 'in-review').map((doc) => String(doc.id)))
  return overdue.map((item) => ({ ...item, inReview: inReview.has(String(item.id)) })).sort((a, b) => a.dueAt.localeCompare(b.dueAt))
}
