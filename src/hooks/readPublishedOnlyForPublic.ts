import type { CollectionBeforeOperationHook } from 'payload'

import { isStaff } from '../access/isStaff'

/**
 * Readers who are not staff never read drafts: `?draft=true` (REST), `draft: true` (GraphQL, Local API)
 * is turned off for them before the query runs, so they get the published version instead of nothing,
 * and never a draft. System reads with access checks off keep their drafts.
 */
export const readPublishedOnlyForPublic: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || !args?.draft || args.overrideAccess === true) return args
  if (isStaff({ req })) return args
  return { ...args, draft: false }
}
