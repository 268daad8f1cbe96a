import type { PayloadRequest } from 'payload'

const KEY = 'videoveileder.workflow.approved'

/** What the after-change hook needs of an approval: the reviewer's comment (the publish's change note). */
export type Approval = { comment: string }

type Id = number | string

/** One request may publish several documents (a bulk publish): each approval is kept under its own document. */
const keyOf = (slug: string, id: Id) => `${slug}:${String(id)}`

/**
 * Remembers, for the after-change hook (src/workflow/notifyApproval.ts), that this request's save of a document
 * publishes a vendor entry that was in review: the editors' approval.
 */
export function markApproval(req: PayloadRequest, slug: string, id: Id, approval: Approval): void {
  req.context[KEY] = { ...((req.context[KEY] as Record<string, Approval> | undefined) ?? {}), [keyOf(slug, id)]: approval }
}

/** This request's approval of this document, once (it is taken). */
export function takeApproval(req: PayloadRequest, slug: string, id: Id): Approval | undefined {
  const approvals = req.context[KEY] as Record<string, Approval> | undefined
  const key = keyOf(slug, id)
  const approval = approvals?.[key]
  if (approvals && approval !== undefined) delete approvals[key]
  return approval
}
