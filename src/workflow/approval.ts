import type { PayloadRequest } from 'payload'

const KEY = 'videoveileder.workflow.approved'

/** What the after-change hook needs of an approval: the reviewer's comment (the publish's change note). */
export type Approval = { comment: string }

/**
 * Remembers, for the after-change hook (src/workflow/notifyApproval.ts), that this request's save of a document
 * publishes a vendor entry that was in review: the editors' approval.
 */
export function markApproval(req: PayloadRequest, slug: string, approval: Approval): void {
  req.context[KEY] = { ...((req.context[KEY] as Record<string, Approval> | undefined) ?? {}), [slug]: approval }
}

/** This request's approval of a document of the collection, once (it is taken). */
export function takeApproval(req: PayloadRequest, slug: string): Approval | undefined {
  const approvals = req.context[KEY] as Record<string, Approval> | undefined
  const approval = approvals?.[slug]
  if (approvals && approval !== undefined) delete approvals[slug]
  return approval
}
