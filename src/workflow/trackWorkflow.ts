import type { CollectionBeforeChangeHook } from 'payload'

import { writeModeOf } from '../access/hooks/writeMode'
import { isForced } from './forcedPublish'
import { saveFacts, stateOf, workflowOf } from './saveFacts'
import { stateAfterDraftSave } from './states'

/**
 * Keeps the workflow's server-set fields: whoever changes the content joins `changedBy`; a publish moves
 * the state to 'published' and starts `changedBy` afresh (marked for review afterwards when it was forced);
 * new content on a published (or rejected) document, or an unpublish, makes it a draft again. A force
 * reason counts for one save only. The state the transition endpoint writes is left as it is.
 */
export const trackWorkflow: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const facts = saveFacts({ data, originalDoc, req, slug: collection.slug })
  const stored = stateOf(originalDoc)
  const workflow = { ...workflowOf(data), changedBy: facts.changedBy, forceReason: null } as Record<string, unknown>
  if (facts.publishing) {
    const forced = isForced(req, collection.slug)
    Object.assign(workflow, { state: 'published', changedBy: [], reviewAfterPublish: forced || (!facts.byUser && workflow.reviewAfterPublish === true) })
  } else if (data._status !== 'published') {
    const unpublishes = !writeModeOf(req, collection.slug).draft && originalDoc?._status === 'published'
    const next = stateAfterDraftSave(stored)
    if (next !== stored && (facts.changes || unpublishes)) workflow.state = next
  }
  return { ...data, workflow }
}
