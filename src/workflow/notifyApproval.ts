import type { CollectionAfterChangeHook } from 'payload'

import { takeApproval } from './approval'
import { REVIEW_COMMENTS } from './collections'
import { notifyVendorStep } from './notify'

/**
 * The editors' approval of a vendor entry (its publish from review, told by trackWorkflow): the comment (the
 * change note) joins the entry's review thread, and the organisation's members are e-mailed, both in the
 * publish's own transaction, so a publish that fails leaves neither behind.
 */
export const notifyApproval: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const approval = takeApproval(req, collection.slug, doc.id)
  if (!approval) return doc
  if (approval.comment !== '') {
    await req.payload.create({
      collection: REVIEW_COMMENTS,
      data: { collection: collection.slug, docId: String(doc.id), body: approval.comment, transition: 'published' } as never,
      depth: 0,
      req,
      overrideAccess: true,
    })
  }
  await notifyVendorStep(req, 'approved', doc, approval.comment)
  return doc
}
