import type { Access, PayloadRequest, Where } from 'payload'

import { mark } from './accessFor'
import { organisationOf } from './organisation'
import { actorOf } from './roles'

/** The collections whose documents a vendor edits in the admin, each owned by a vendor organisation (`owner`). */
const VENDOR_EDITED = ['vendors'] as const

async function ownLocks(req: PayloadRequest): Promise<Where | false> {
  const organisation = organisationOf(req.user)
  if (organisation === undefined) return false
  const any: Where[] = []
  for (const slug of VENDOR_EDITED) {
    const { docs } = await req.payload.db.find({ collection: slug, where: { owner: { equals: organisation } }, limit: 0, pagination: false, req })
    if (docs.length > 0) any.push({ and: [{ 'document.relationTo': { equals: slug } }, { 'document.value': { in: docs.map((d) => d.id) } }] })
  }
  // No entries yet (a vendor that just registered): no lock to read, but not a refusal, which would fail the admin's start page.
  return any.length === 0 ? { id: { exists: false } } : { or: any }
}

/**
 * Read access of Payload's document locks: the matrix's rule, and for a vendor in the admin the locks on its own
 * organisation's entries. Payload's edit view and form state ask, as the user through the Local API, who is
 * editing the document they open, and fail the whole view when the answer is a refusal; so a vendor sees whether an
 * editor is working on its entry (and its own lock), never a lock on anything else, and still gets nothing over
 * REST or GraphQL. Payload writes the locks itself, past access.
 */
export function adminLockReads(matrixRead: Access): Access {
  return mark(async (args: Parameters<Access>[0]) => {
    const { req } = args
    if (actorOf(req) !== 'vendor' || req.payloadAPI !== 'local') return matrixRead(args)
    try {
      return await ownLocks(req)
    } catch (error) {
      req.payload.logger.error({ err: error }, 'lock read for a vendor failed; refused')
      return false
    }
  })
}
