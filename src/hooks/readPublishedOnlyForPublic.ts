import type { CollectionBeforeOperationHook } from 'payload'

import { conditionsOf } from '../access/accessFor'
import { isStaff } from '../access/isStaff'
import { collectionMatrix, type Rule } from '../access/matrix'
import { OWN_DRAFTS_CONTEXT } from '../access/ownDrafts'
import { actorOf } from '../access/roles'
import { sharedPreviewId } from '../access/sharedPreview'

/** Whether a read rule lets its actor read some drafts: `'own'` does (a vendor's own entries, drafts too). */
const readsOwnDrafts = (rule: Rule | undefined) => conditionsOf(rule ?? false).includes('own')

/**
 * Readers who are not staff never read drafts: `?draft=true` (REST), `draft: true` (GraphQL, Local API)
 * is turned off for them before the query runs, so they get the published version instead of nothing,
 * and never a draft. System reads with access checks off keep their drafts. So does a vendor's read that
 * asks for its own drafts (OWN_DRAFTS_CONTEXT) on a collection whose read rule is `'own'`: Payload applies the
 * rule to each document's newest version, so another organisation's draft stays out (and that document with
 * it, which is why only a read that adds the published versions back asks for this).
 */
export const readPublishedOnlyForPublic: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'read' || !args?.draft || args.overrideAccess === true) return args
  if (isStaff({ req })) return args
  const rows = collectionMatrix[collection.slug as keyof typeof collectionMatrix] as { read?: Record<string, Rule> } | undefined
  if (req.context?.[OWN_DRAFTS_CONTEXT] === true && readsOwnDrafts(rows?.read?.[actorOf(req)])) return args
  // A share link's reader reads its one document's newest draft (the read rule admits that document only).
  if (sharedPreviewId(req, collection.slug) !== undefined) return args
  return { ...args, draft: false }
}
