import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

const KEY = 'videoveileder.restoreAsDraft'

/** Whether the restore running in this request makes a draft (Payload gives its change hooks no `draft` flag). */
export const restoresAsDraft = (req: Pick<PayloadRequest, 'context'>): boolean => req.context?.[KEY] === true

/** Remembers a restore's `draft` for the change hooks (restoredAsNewDraft). */
export const rememberRestoreMode: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'restoreVersion') req.context[KEY] = (args as { draft?: unknown }).draft === true
  return args
}
