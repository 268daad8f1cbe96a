import type { Endpoint, PayloadRequest } from 'payload'

import { APIError, commitTransaction, initTransaction, killTransaction } from 'payload'

import { recordAudit } from '../../audit/recordAudit'
import { refusal } from '../../access/refusal'
import { say, type Message } from '../../validation/messages'
import { actorKindsOf } from '../actorKinds'
import { isReviewedCollection, REVIEW_COMMENTS, type ReviewedCollection } from '../collections'
import { BAD_TRANSITION_INPUT, COMMENT_REQUIRED, PUBLISH_BY_BUTTON, stateMoved, TRANSITION_REFUSED } from '../messages'
import { stateOf } from '../saveFacts'
import { canTransition, commentRequired, isWorkflowState, STATE_LABELS, TRANSITIONS, entryKindOf, type WorkflowState } from '../states'
import { notifyVendorStep, type VendorStep } from '../notify'
import { loadDocument, requireUser } from './loadDocument'
import { isDocIdShape } from '../../validation/docId'

const COMMENT_MAX = 2000

export type TransitionInput = { collection: ReviewedCollection; id: string; to: WorkflowState; comment: string }

const badRequest = (message: Message, req: PayloadRequest) => new APIError(say(message, { req }), 400, null, true)

/** The request's body as a transition, or null when any part is missing or malformed. */
function parseInput(body: unknown): TransitionInput | null {
  if (!body || typeof body !== 'object') return null
  const { collection, id, to, comment } = body as Record<string, unknown>
  if (!isReviewedCollection(collection) || !isWorkflowState(to)) return null
  if (!isDocIdShape(id) && !(typeof id === 'number' && Number.isSafeInteger(id))) return null
  if (comment !== undefined && comment !== null && (typeof comment !== 'string' || comment.length > COMMENT_MAX)) return null
  return { collection, id: String(id), to, comment: typeof comment === 'string' ? comment.trim() : '' }
}

async function readBody(req: PayloadRequest): Promise<unknown> {
  try {
    return await req.json?.()
  } catch {
    return null
  }
}

/** The e-mail a vendor entry's step sends (src/workflow/notify.ts); none for the steps nobody is told of. */
const VENDOR_STEP: Partial<Record<WorkflowState, VendorStep>> = { 'in-review': 'submitted', 'changes-requested': 'changes-requested', rejected: 'rejected' }

/**
 * Moves the document and keeps the comment with the transition, all or nothing: the state (its time set by
 * trackWorkflow), the comment in the review thread, the audit entry and, for a vendor entry, the e-mails of
 * the step. The caller has checked that the user may take it (the endpoint; H5's re-confirmation).
 */
export async function applyTransition(req: PayloadRequest, input: TransitionInput, from: WorkflowState): Promise<void> {
  const started = await initTransaction(req)
  try {
    const doc = await req.payload.update({ collection: input.collection, id: input.id, data: { workflow: { state: input.to } } as never, draft: true, depth: 0, req, overrideAccess: true })
    if (input.comment !== '') {
      await req.payload.create({ collection: REVIEW_COMMENTS, data: { collection: input.collection, docId: input.id, body: input.comment, transition: input.to } as never, depth: 0, req, overrideAccess: true })
    }
    await recordAudit(req, { action: 'review', collection: input.collection, docId: input.id, detail: `${from} -> ${input.to}${input.comment ? `: ${input.comment}` : ''}` })
    // Last: where the database has no transactions (Payload's SQLite adapter as configured), a step that failed
    // before this point has mailed nobody.
    const step = VENDOR_STEP[input.to]
    if (entryKindOf(input.collection) === 'vendor' && step) await notifyVendorStep(req, step, doc as never, input.comment)
    if (started) await commitTransaction(req)
  } catch (error) {
    req.payload.logger.error({ err: error }, `workflow transition ${input.collection}/${input.id} ${from} -> ${input.to} failed`)
    if (started) await killTransaction(req)
    throw error
  }
}

/**
 * POST /api/workflow/transition `{ collection, id, to, comment? }`: one step of the review (send for review,
 * ask for changes, reject) as the state machine allows it to this user. 200 `{ state }`; 400 for a malformed
 * request, a missing required comment or a publish (that is the Publish button's); 403 when the user may not take
 * the step; 404 for a document the user cannot read; 409 when the document is no longer in a state the step
 * starts from. Nothing is written unless all of it is.
 */
export const transitionEndpoint: Endpoint = {
  path: '/workflow/transition',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const input = parseInput(await readBody(req))
    if (!input) throw badRequest(BAD_TRANSITION_INPUT, req)
    if (input.to === 'published') throw badRequest(PUBLISH_BY_BUTTON, req)
    const doc = await loadDocument(req, input.collection, input.id)
    const from = stateOf(doc)
    const kinds = actorKindsOf(input.collection, req, doc)
    const reachable = TRANSITIONS.filter((t) => t.to === input.to && t.via === 'request')
    if (reachable.length === 0) throw badRequest(BAD_TRANSITION_INPUT, req)
    if (!reachable.some((t) => kinds.includes(t.by))) throw refusal(TRANSITION_REFUSED, req)
    if (!canTransition(from, input.to, kinds)) {
      const label = STATE_LABELS[entryKindOf(input.collection)][from]
      throw new APIError(say(stateMoved(label.nb, label.en), { req }), 409, null, true)
    }
    if (commentRequired(from, input.to) && input.comment === '') throw badRequest(COMMENT_REQUIRED, req)
    await applyTransition(req, input, from)
    return Response.json({ state: input.to })
  },
}
