import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { mayAlways } from '../../access/accessFor'
import { isStaff } from '../../access/isStaff'
import type { MatrixCollection } from '../../access/matrix'
import { idOf } from '../../access/organisation'
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
import { isDocIdShape } from '../../validation/docId'

type Comment = { id: number | string; body: string; author: string | null; createdAt: string; transition: string | null }

type Author = { name?: unknown; email?: unknown; roles?: unknown }

/** What the staff say to a vendor is the editors' word, not one person's: a vendor sees "Redaksjonen". */
const EDITORS = { nb: 'Redaksjonen', en: 'The editors' }

/** The thread's authors, read by the server (a vendor may read no user but itself). */
async function authorsOf(req: PayloadRequest, ids: (number | string)[]): Promise<Map<string, Author>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({ collection: 'users', where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, overrideAccess: true, req })
  return new Map((docs as unknown as (Author & { id: number | string })[]).map((u) => [String(u.id), u]))
}

function nameOf(author: Author | undefined, staffViewer: boolean, req: PayloadRequest): string | null {
  if (!author) return null
  if (!staffViewer && isStaff({ req: { user: author as never } })) return say(EDITORS, { req })
  const { name, email } = author
  return typeof name === 'string' && name !== '' ? name : staffViewer && typeof email === 'string' ? email : null
}

/**
 * The document's review thread, oldest first, as the user may read it (the matrix: staff every thread, a
 * vendor its own organisation's), with each author's name (the editors as "Redaksjonen" to a vendor). The
 * `author` field is staff-only to read (src/plugins/hideUnreadableRelations.ts): the thread the user may read
 * is asked with access checks on, its authors by the server.
 */
async function commentsOf(req: PayloadRequest, collection: string, id: string): Promise<Comment[]> {
  const readable = await req.payload.find({
    collection: REVIEW_COMMENTS,
    where: { and: [{ collection: { equals: collection } }, { docId: { equals: id } }] },
    sort: 'createdAt',
    limit: 200,
    depth: 0,
    select: { id: true } as never,
    req,
    overrideAccess: false,
  })
  const ids = readable.docs.map((c) => (c as unknown as { id: number | string }).id)
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({ collection: REVIEW_COMMENTS, where: { id: { in: ids } }, sort: 'createdAt', limit: ids.length, depth: 0, req, overrideAccess: true })
  const comments = docs as unknown as Record<string, unknown>[]
  const authorIds = [...new Set(comments.map((c) => idOf(c.author as never)).filter((v): v is number | string => v !== undefined))]
  const authors = await authorsOf(req, authorIds)
  const staffViewer = isStaff({ req })
  return comments.map((comment) => {
    const authorId = idOf(comment.author as never)
    return {
      id: comment.id as number | string,
      body: String(comment.body ?? ''),
      author: nameOf(authorId === undefined ? undefined : authors.get(String(authorId)), staffViewer, req),
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
 * after a forced publish and the comment thread (a vendor reads its own organisation's, src/access/matrix.ts).
 */
export const statusEndpoint: Endpoint = {
  path: '/workflow/status',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    const collection = req.searchParams.get('collection')
    const id = req.searchParams.get('id')
    if (!isReviewedCollection(collection) || !isDocIdShape(id)) {
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
