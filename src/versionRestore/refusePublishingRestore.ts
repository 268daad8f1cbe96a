import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { say } from '../validation/messages'
import { RESTORE_AS_DRAFT_ONLY } from './messages'

/**
 * A restore is a new draft that goes through review, never a publish: Payload's restore without `draft: true`
 * writes the old version over the published document. The REST door always restores as a draft
 * (restoreAsDraftEndpoint); GraphQL and the Local API with a user are told to ask for a draft. System
 * restores (access checks off: scripts, migrations) pass.
 */
export const refusePublishingRestore: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'restoreVersion' || overrideAccess === true) return args
  if ((args as { draft?: unknown }).draft !== true) throw new APIError(say(RESTORE_AS_DRAFT_ONLY, { req }), 400, null, true)
  return args
}
