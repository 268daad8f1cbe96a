import type { CollectionSlug, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { OWN_DRAFTS_CONTEXT } from '../../access/ownDrafts'
import { say } from '../../validation/messages'
import { DOCUMENT_NOT_FOUND, NOT_LOGGED_IN } from '../messages'

export type Doc = Record<string, unknown> & { id: number | string }

/** The request's user, or 401 in the request's language. */
export function requireUser(req: PayloadRequest): void {
  if (!req.user) throw new APIError(say(NOT_LOGGED_IN, { req }), 401, null, true)
}

/** The newest version of a document as the user may read it (a vendor its own drafts), or 404. */
export async function loadDocument(req: PayloadRequest, collection: string, id: string): Promise<Doc> {
  const doc = await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    req,
    overrideAccess: false,
    disableErrors: true,
    context: { [OWN_DRAFTS_CONTEXT]: true },
  })
  if (!doc) throw new APIError(say(DOCUMENT_NOT_FOUND, { req }), 404, null, true)
  return doc as unknown as Doc
}
