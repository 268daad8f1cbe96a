import type { PayloadRequest } from 'payload'

import { isStaff } from '../access/isStaff'
import { refOf, type DocumentRef } from './documents'
import { waitedText } from './waited'

/** A submitted vendor entry in the editors' queue: who sent it, since when, and how long it has waited. */
export type VendorQueueItem = DocumentRef & { organisation: string | null; submittedAt: string; waited: { nb: string; en: string } }

type Doc = Record<string, unknown> & { id: number | string; updatedAt?: string; owner?: unknown; workflow?: { stateChangedAt?: unknown } }

const organisationName = (owner: unknown): string | null =>
  owner && typeof owner === 'object' && typeof (owner as { name?: unknown }).name === 'string' ? (owner as { name: string }).name : null

/**
 * "Til vurdering" on the editors' dashboard: vendor entries whose newest version is submitted (in review),
 * oldest submission first (`workflow.stateChangedAt`; an entry from before that field by its last change), with
 * how long each has waited at `now`. Read as the user with access checks on; empty for anyone but staff.
 */
export async function vendorQueue(req: PayloadRequest, now: Date = new Date()): Promise<VendorQueueItem[]> {
  if (!isStaff({ req })) return []
  const { docs } = await req.payload.find({
    collection: 'vendors',
    where: { 'workflow.state': { equals: 'in-review' } },
    draft: true,
    depth: 1,
    populate: { 'vendor-organisations': { name: true } },
    limit: 200,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return (docs as unknown as Doc[])
    .map((doc) => {
      const changed = doc.workflow?.stateChangedAt
      const submittedAt = typeof changed === 'string' && changed ? changed : String(doc.updatedAt ?? now.toISOString())
      return {
        ...refOf('vendors', doc),
        organisation: organisationName(doc.owner),
        submittedAt,
        waited: waitedText(now.getTime() - new Date(submittedAt).getTime()),
      }
    })
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
}
