import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

import { conditionsOf } from '../access/accessFor'
import { isStaff } from '../access/isStaff'
import { collectionMatrix, type Rule } from '../access/matrix'
import { idOf, organisationOf, sameId } from '../access/organisation'
import { OWN_DRAFTS_CONTEXT } from '../access/ownDrafts'
import { actorOf } from '../access/roles'
import { sharedPreviewId } from '../access/sharedPreview'

/** Whether a read rule lets its actor read some drafts: `'own'` does (a vendor's own entries, drafts too). */
const readsOwnDrafts = (rule: Rule | undefined) => conditionsOf(rule ?? false).includes('own')

/**
 * Whether one document (a read by id) belongs to the reader's organisation: its newest draft is the reader's to
 * read, as the admin's edit view of a vendor's own entry asks for it (the `'own'` rule admits that version).
 */
async function isOwnDocument(req: PayloadRequest, slug: string, id: unknown): Promise<boolean> {
  const organisation = organisationOf(req.user)
  if (organisation === undefined || (typeof id !== 'string' && typeof id !== 'number')) return false
  const doc = (await req.payload.db.findOne({ collection: slug as CollectionSlug, where: { id: { equals: id } }, req })) as { owner?: unknown } | null
  return sameId(idOf(doc?.owner as never), organisation)
}

/**
 * Readers who are not staff never read drafts: `?draft=true` (REST), `draft: true` (GraphQL, Local API)
 * is turned off for them before the query runs, so they get the published version instead of nothing,
 * and never a draft. System reads with access checks off keep their drafts. So does a vendor's read that
 * asks for its own drafts (OWN_DRAFTS_CONTEXT) on a collection whose read rule is `'own'`: Payload applies the
 * rule to each document's newest version, so another organisation's draft stays out (and that document with
 * it, which is why only a read that adds the published versions back asks for this). A vendor's read by id of its
 * own organisation's document keeps its drafts too (the admin's edit view: the entry as last saved).
 */
export const readPublishedOnlyForPublic: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'read' || !args?.draft || args.overrideAccess === true) return args
  if (isStaff({ req })) return args
  const rows = collectionMatrix[collection.slug as keyof typeof collectionMatrix] as { read?: Record<string, Rule> } | undefined
  const ownDrafts = readsOwnDrafts(rows?.read?.[actorOf(req)])
  if (ownDrafts && req.context?.[OWN_DRAFTS_CONTEXT] === true) return args
  if (ownDrafts && (await isOwnDocument(req, collection.slug, (args as { id?: unknown }).id))) return args
  // A share link's reader reads its one document's newest draft (the read rule admits that document only).
  if (sharedPreviewId(req, collection.slug) !== undefined) return args
  return { ...args, draft: false }
}
