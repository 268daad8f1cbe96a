import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { createdDetail } from '@/invitations/limits'
import { INVITATION_MAIL_TASK } from '@/invitations/sendInvitationMailTask'

/**
 * Why: the mail leaves only for an invitation that was stored. Queued in the create's transaction with the
 * invitation's id alone (no address, no token: staff read the queue), and recorded in the audit log.
 */
export const queueInvitationMail: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (operation !== 'create') return doc
  await req.payload.jobs.queue({ task: INVITATION_MAIL_TASK as never, input: { invitationId: String(doc.id) } as never, req })
  const owner = typeof doc.owner === 'object' && doc.owner ? doc.owner.id : doc.owner
  await recordAudit(req, { action: 'invitation-created', collection: collection.slug, docId: doc.id, detail: createdDetail(owner) })
  return doc
}
