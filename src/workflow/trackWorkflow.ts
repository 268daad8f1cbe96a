import type { CollectionBeforeChangeHook } from 'payload'

import { writeModeOf } from '../access/hooks/writeMode'
import { markApproval } from './approval'
import { isForced } from './forcedPublish'
import { saveFacts, stateOf, workflowOf } from './saveFacts'
import { entryKindOf, isWorkflowState, stateAfterDraftSave } from './states'

/**
 * Keeps the workflow's server-set fields: whoever changes the content joins `changedBy`; a publish moves
 * the state to 'published' and starts `changedBy` afresh (marked for review afterwards when it was forced);
 * new content on a published (or rejected) document, or an unpublish, makes it a draft again. A force
 * reason counts for one save only. The state the transition endpoint writes is left as it is. Whenever the
 * state changes (here or by the transition endpoint, whose save comes through here) `stateChangedAt` is now:
 * the editors' queue counts how long a submitted entry has waited from it. The publish of a vendor entry that
 * was in review is the editors' approval: remembered for src/workflow/notifyApproval.ts, with the change note
 * as the reviewer's comment (this is the one place that tells a publish, through saveFacts/publishesContent).
 */
export const trackWorkflow: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const facts = saveFacts({ data, originalDoc, req, slug: collection.slug })
  const stored = stateOf(originalDoc)
  const workflow = { ...workflowOf(data), changedBy: facts.changedBy, forceReason: null } as Record<string, unknown>
  if (facts.publishing) {
    const forced = isForced(req, collection.slug)
    Object.assign(workflow, { state: 'published', changedBy: [], reviewAfterPublish: forced || (!facts.byUser && workflow.reviewAfterPublish === true) })
    if (stored === 'in-review' && entryKindOf(collection.slug) === 'vendor' && originalDoc?.id !== undefined) {
      markApproval(req, collection.slug, originalDoc.id as number | string, { comment: typeof data.changeNote === 'string' ? data.changeNote.trim() : '' })
    }
  } else if (data._status !== 'published') {
    const unpublishes = !writeModeOf(req, collection.slug).draft && originalDoc?._status === 'published'
    const next = stateAfterDraftSave(stored)
    if (next !== stored && (facts.changes || unpublishes)) workflow.state = next
  }
  const state = isWorkflowState(workflow.state) ? workflow.state : 'draft'
  const changedAt = workflowOf(originalDoc).stateChangedAt
  workflow.stateChangedAt = !originalDoc || state !== stored || !changedAt ? new Date().toISOString() : changedAt
  return { ...data, workflow }
}
