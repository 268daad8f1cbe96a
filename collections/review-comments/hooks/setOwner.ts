import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { rememberWriteMode, writeModeOf } from '@/access/hooks/writeMode'
import { isStaff } from '@/access/isStaff'
import { idOf, organisationOf, sameId } from '@/access/organisation'
import { refusal } from '@/access/refusal'
import { COMMENT_REFUSED } from '@/workflow/messages'
import { isDocIdShape } from '@/validation/docId'

type Id = number | string

/**
 * Remembers whether a comment's write has access checks off (the server's own), for setOwner: Payload gives a
 * beforeChange hook no `overrideAccess`. Its own function, not the content collections' shared hook.
 */
export const rememberCommentWriteMode: CollectionBeforeOperationHook = (args) => rememberWriteMode(args)

/** The organisation that owns the commented entry: a vendor entry's owner; none for editorial documents. */
async function entryOwner(req: PayloadRequest, collection: unknown, docId: unknown): Promise<Id | undefined> {
  if (collection !== 'vendors' || !isDocIdShape(docId)) return undefined
  const entry = await req.payload.findByID({ collection: 'vendors', id: docId, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
  return idOf((entry as { owner?: never } | null)?.owner)
}

/**
 * A comment belongs to the organisation that owns its entry (`owner`, never what the client says), so that the
 * matrix's `'own'` lets a vendor read its own organisation's threads and no other. A vendor writes only on an
 * entry of its own organisation (403 for another's, an editorial document or one that does not exist); staff
 * and the server's own writes (the transition endpoint, an approval) comment on any document.
 */
export const setOwner: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  if (operation !== 'create') return data
  const owner = await entryOwner(req, data.collection, data.docId)
  if (!writeModeOf(req, collection.slug).overrideAccess && !isStaff({ req })) {
    if (owner === undefined || !sameId(owner, organisationOf(req.user))) throw refusal(COMMENT_REFUSED, req)
  }
  return { ...data, owner: owner ?? null }
}
