import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { mayAlways } from '../../access/accessFor'
import { isStaff } from '../../access/isStaff'
import type { MatrixCollection } from '../../access/matrix'
import { actorOf } from '../../access/roles'
import { say } from '../../validation/messages'
import { actorKindsOf } from '../actorKinds'
import { isReviewedCollection, REVIEW_COMMENTS } from '../collections'
import { BAD_STATUS_INPUT, NOT_STAFF } from '../messages'
import { publishObstacle } from '../publishObstacle'
import { changedByOf, stateOf, workflowOf } from '../saveFacts'
import { secondPairOfEyesOn } from '../secondPairOfEyes'
import { ACTION_LABELS, commentRequired, entryKindOf, nextStates, stateLabel } from '../states'
import { loadDocument, requireUser, type Doc } from './loadDocument'

type Comment = { id: number | string; body: string; author: string | null; createdAt: string; transition: string | null }

const nameOf = (author: unknown): string | null => {
  if (!author || typeof author !== 'object') return null
  const { name, email } = author as { name?: unknown; email?: unknown }
  return typeof name === 'string' && name !== '' ? name : typeof email === 'string' ? email : null
}

/** The document's review thread, oldest first, for those who may read it (staff). */
async function commentsOf(req: PayloadRequest, collection: string, id: string): Promise<Comment[]> {
  if (!isStaff({ req })) return []
  const { docs } = await req.payload.find({
    collection: REVIEW_COMMENTS,
    where: { and: [{ collection: { equals: collection } }, { docId: { equals: id } }] },
    sort: 'createdAt',
    limit: 200,
    depth: 1,
    req,
    overrideAccess: false,
  })
  return docs.map((c) => {
    const comment = c as unknown as Record<string, unknown>
    return {
      id: comment.id as number | string,
      body: String(comment.body ?? ''),
      author: nameOf(comment.author),
      createdAt: String(comment.createdAt),
      transition: typeof comment.transition === 'string' ? comment.transition : null,
    }
  })
}

/** Whether the user may publish the document now, and if not, why (in the request's language). */
async function publishVerdict(req: PayloadRequest, collection: string, doc: Doc) {
  if (!mayAlways(collection as MatrixCollection, 'publish', req)) return { mayPublish: false, reason: say(NOT_STAFF, { req }), forceable: false }
  const verdict = publishObstacle({
    actor: actorOf(req),
    userId: (req.user as { id?: number | string } | null)?.id,
    secondPairOfEyes: await secondPairOfEyesOn(req),
    state: stateOf(doc),
    changedBy: changedByOf(doc),
  })
  return verdict.allowed ? { mayPublish: true, forceable: false } : { mayPublish: false, reason: say(verdict.message, { req }), forceable: verdict.forceable }
}

/**
 * GET /api/workflow/status?collection=&id=: the document's review state, whether the user may publish it (and
 * why not: the admin's Publish button shows it), the transitions the user may ask for, the mark for review
 * after a forced publish and the comment thread.
 */
export const statusEndpoint: Endpoint = {
  path: '/workflow/status',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    const collection = req.searchParams.get('collection')
    const id = req.searchParams.get('id')
    if (!isReviewedCollection(collection) || !id || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
      throw new APIError(say(BAD_STATUS_INPUT, { req }), 400, null, true)
    }
    const doc = await loadDocument(req, collection, id)
    const state = stateOf(doc)
    const language = req.i18n?.language
    const kind = entryKindOf(collection)
    const transitions = nextStates(state, actorKindsOf(collection, req, doc)).map((to) => ({
      to,
      label: language === 'en' ? ACTION_LABELS[kind][to]?.en : ACTION_LABELS[kind][to]?.nb,
      commentRequired: commentRequired(state, to),
    }))
    return Response.json({
      state,
      stateLabel: stateLabel(state, collection, language),
      ...(await publishVerdict(req, collection, doc)),
      transitions,
      reviewAfterPublish: workflowOf(doc).reviewAfterPublish === true,
      comments: await commentsOf(req, collection, id),
    })
  },
}
