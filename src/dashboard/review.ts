import type { PayloadRequest } from 'payload'

import { findLatest, type DocumentRef } from './documents'

export type ReviewItem = DocumentRef & { updatedAt?: string }

const changedBy = (doc: Record<string, unknown>): string[] => {
  const list = (doc.workflow as { changedBy?: unknown[] } | undefined)?.changedBy ?? []
  return list.map((entry) => String(entry && typeof entry === 'object' ? (entry as { id: unknown }).id : entry))
}

/** Sent for review ('in-review') by someone else: what this editor may review (a change of their own they may not). */
export async function awaitingMyReview(req: PayloadRequest): Promise<ReviewItem[]> {
  const me = String(req.user?.id)
  const docs = await findLatest(req, { 'workflow.state': { equals: 'in-review' } })
  return docs.filter(({ doc }) => !changedBy(doc).includes(me)).map(({ doc: _doc, ...item }) => item)
}

/** Not yet published changes this user made (in `workflow.changedBy`), in any state but published. */
export async function myDrafts(req: PayloadRequest): Promise<(ReviewItem & { state: string })[]> {
  const me = String(req.user?.id)
  const docs = await findLatest(req, { 'workflow.state': { not_equals: 'published' } })
  return docs
    .filter(({ doc }) => changedBy(doc).includes(me))
    .map(({ doc, ...item }) => ({ ...item, state: String((doc.workflow as { state?: string } | undefined)?.state ?? 'draft') }))
}
