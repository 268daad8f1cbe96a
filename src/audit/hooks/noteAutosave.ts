import type { CollectionBeforeOperationHook } from 'payload'

import { noteSave } from '../saveNotes'

/** Notes whether an update is an autosave: only the operation's args say so, and the audit needs it after. */
export const noteAutosave: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const { id, autosave } = (args ?? {}) as { id?: number | string; autosave?: boolean }
  if (operation === 'update' && id !== undefined) noteSave(req, collection.slug, id, { autosave: Boolean(autosave) })
  return args
}
