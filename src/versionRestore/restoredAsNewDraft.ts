import type { CollectionBeforeChangeHook, SanitizedCollectionConfig } from 'payload'

import { restoresAsDraft } from './restoreMode'

/** Whether the collection has a top-level field of this name (the workflow and change-note parts add theirs). */
const hasField = (collection: SanitizedCollectionConfig, name: string): boolean =>
  collection.flattenedFields.some((field) => field.name === name)

/**
 * A restored version is a new draft in the review workflow: it is saved as a draft (the old version's data
 * says 'published' until Payload sets the status after the hooks, so the publish rules would take it for a
 * publish), its review state starts again at 'draft' (the old version carries the state it had then), and the
 * change note of the old publish is not reused, so publishing the restore asks for a note of its own. Only for
 * Payload's restore as draft (req.context `isRestoringVersion`).
 */
export const restoredAsNewDraft: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  if (!req.context?.isRestoringVersion || !restoresAsDraft(req)) return data
  data._status = 'draft'
  if (hasField(collection, 'workflow')) {
    const workflow = (data.workflow ?? {}) as Record<string, unknown>
    data.workflow = { ...workflow, state: 'draft' }
  }
  if (hasField(collection, 'changeNote')) data.changeNote = null
  if (hasField(collection, 'minorChange')) data.minorChange = false
  return data
}
