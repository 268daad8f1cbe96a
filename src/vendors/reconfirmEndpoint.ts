import type { Endpoint, PayloadRequest, TypeWithID, Where } from 'payload'

import { APIError, commitTransaction, initTransaction, killTransaction } from 'payload'

import type { Vendor } from '../../payload-types'
import { refusal } from '../access/refusal'
import { recordAudit } from '../audit/recordAudit'
import { ATTESTATION_KEYS } from '../domain/attestations'
import { osloDay } from '../i18n/format'
import { reconfirmMonthsSetting } from '../scheduling/reconfirmationReminders'
import { say, type Message } from '../validation/messages'
import { actorKindsOf } from '../workflow/actorKinds'
import { REVIEW_COMMENTS } from '../workflow/collections'
import { applyTransition } from '../workflow/endpoints/transition'
import { loadDocument, requireUser } from '../workflow/endpoints/loadDocument'
import { stateOf } from '../workflow/saveFacts'
import { canTransition, STATE_LABELS } from '../workflow/states'
import { stateMoved } from '../workflow/messages'
import { confirmationOf } from './confirmation'
import { BAD_RECONFIRM_INPUT, NEWER_DRAFT, NOT_APPROVED, NOT_ENTRY_AUTHOR, NOTHING_ANSWERED, RECONFIRM_COMMENT } from './messages'
import { isDocIdShape } from '../validation/docId'

type Attestations = NonNullable<Vendor['attestations']>

const failure = (message: Message, status: number, req: PayloadRequest) => new APIError(say(message, { req }), status, null, true)

async function idFrom(req: PayloadRequest): Promise<string | null> {
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    return null
  }
  const id = body && typeof body === 'object' ? (body as Record<string, unknown>).id : undefined
  if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) return String(id)
  if (isDocIdShape(id)) return id
  return null
}

/** Today (the Oslo day) as the admin's day-only picker stores a date: noon UTC. */
const todayAsStored = (now = new Date()) => `${osloDay(now)}T12:00:00.000Z`

/** Every answered attestation (yes or no) confirmed today; unanswered ones are left as they are. */
function reconfirmed(attestations: Attestations | null | undefined, today: string): Attestations | null {
  const answered = ATTESTATION_KEYS.filter((key) => attestations?.[key]?.status === 'yes' || attestations?.[key]?.status === 'no')
  if (answered.length === 0) return null
  return Object.fromEntries(
    ATTESTATION_KEYS.map((key) => {
      const value = attestations?.[key]
      return [key, answered.includes(key) ? { status: value!.status, confirmedAt: today } : { status: value?.status ?? 'unknown', confirmedAt: value?.confirmedAt ?? null }]
    }),
  ) as Attestations
}

type Check = { newest: Record<string, unknown> & { id: number | string }; author: boolean; problem: { message: Message; status: number } | null }

/**
 * Whether the user may confirm this entry again, and if not why: 403 not an author (a member of the owning
 * organisation, or staff), 409 never approved, a draft newer than the approved version (submit it instead), or
 * no answered attestation. 404 (thrown) for an entry the user cannot read.
 */
async function checkEntry(req: PayloadRequest, id: string): Promise<Check> {
  const newest = await loadDocument(req, 'vendors', id)
  const author = actorKindsOf('vendors', req, newest).includes('author')
  const problem = (message: Message, status: number) => ({ newest, author, problem: { message, status } })
  if (!author) return problem(NOT_ENTRY_AUTHOR, 403)
  if (newest._status !== 'published') {
    const published = await req.payload.findByID({ collection: 'vendors', id, draft: false, depth: 0, req, overrideAccess: false, user: req.user, disableErrors: true })
    return problem(published?._status === 'published' ? NEWER_DRAFT : NOT_APPROVED, 409)
  }
  if (!reconfirmed(newest.attestations as Attestations | undefined, todayAsStored())) return problem(NOTHING_ANSWERED, 409)
  return { newest, author, problem: null }
}

/** A refusal the user is told (a 4xx APIError, e.g. the state moved meanwhile): not a fault for the error log. */
const isRefusal = (error: unknown) => error instanceof APIError && error.status < 500

/**
 * Undoes a confirmation that stopped after its draft was stored. Where the database runs no transactions
 * (Payload's SQLite adapter as configured here) the draft with today's dates would stay the newest version,
 * perhaps already in review, and block the next try ("submit the draft instead"). So the drafts this request
 * stored are removed, and the main document, still the approved version (a draft save never writes it), is
 * stored again as the newest version, as Payload stores a publish, without hooks (nothing the public reads
 * changes). The review comment this request wrote is removed too, and the audit log says so. Nothing happens
 * when the approved version is still the newest (the draft was never stored, or a transaction rolled it back).
 */
async function restoreApproved(req: PayloadRequest, id: string, since: string): Promise<void> {
  const newest = await req.payload.findByID({ collection: 'vendors', id, draft: true, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!newest || newest._status === 'published') return
  const approved = await req.payload.db.findOne<Record<string, unknown> & TypeWithID>({ collection: 'vendors', where: { id: { equals: id } }, locale: 'all', req })
  if (approved?._status !== 'published') return
  const ours: Where = { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'draft' } }, { createdAt: { greater_than_equal: since } }] }
  await req.payload.db.deleteVersions({ collection: 'vendors', where: ours, req })
  // The approved version was the latest before; a copy of it is the latest again (draft reads and the admin's list go by it).
  const now = new Date().toISOString()
  await req.payload.db.createVersion({ collectionSlug: 'vendors', parent: id, versionData: approved as never, autosave: false, createdAt: now, updatedAt: now, req })
  await req.payload.delete({
    collection: REVIEW_COMMENTS,
    where: { and: [{ docId: { equals: id } }, { transition: { equals: 'in-review' } }, { body: { equals: RECONFIRM_COMMENT } }, { createdAt: { greater_than_equal: since } }] },
    depth: 0,
    req,
    overrideAccess: true,
  })
  await recordAudit(req, { action: 'review', collection: 'vendors', docId: id, detail: 're-confirmation not completed: the approved version is the newest again' })
}

/**
 * Writes the re-confirmed draft and sends it to review. The database may run no transaction (see
 * restoreApproved): when any step fails after the draft was stored, the approved version is made the newest
 * again, so no half-done confirmation stays behind and the user can try again.
 */
async function reconfirm(req: PayloadRequest, id: string, attestations: Attestations): Promise<void> {
  const since = new Date().toISOString()
  const started = await initTransaction(req)
  try {
    const draft = await req.payload.update({ collection: 'vendors', id, data: { attestations }, draft: true, depth: 0, req, overrideAccess: false, user: req.user })
    const from = stateOf(draft as never)
    if (!canTransition(from, 'in-review', actorKindsOf('vendors', req, draft as never))) {
      const label = STATE_LABELS.vendor[from]
      throw new APIError(say(stateMoved(label.nb, label.en), { req }), 409, null, true)
    }
    await applyTransition(req, { collection: 'vendors', id, to: 'in-review', comment: RECONFIRM_COMMENT }, from)
    if (started) await commitTransaction(req)
  } catch (error) {
    if (!isRefusal(error)) req.payload.logger.error({ err: error }, `re-confirmation of vendors/${id} failed`)
    if (started) await killTransaction(req)
    try {
      await restoreApproved(req, id, since)
    } catch (restoreError) {
      req.payload.logger.error({ err: restoreError }, `re-confirmation of vendors/${id}: the approved version could not be made the newest again`)
    }
    throw error
  }
}

/**
 * POST /api/vendors/reconfirm `{ id }`: an author of an approved entry (a member of the owning organisation, or
 * staff) confirms that its attestations still hold: a draft of the approved version with today in every
 * answered attestation's date, then the step to review with the comment RECONFIRM_COMMENT (the editors are told
 * as for any submitted entry); if a step fails, the approved version is the newest again (reconfirm). The
 * public keeps the approved version, marked if overdue, until an editor approves it. 200 `{ state: 'in-review',
 * confirmedAt }`; 400 malformed; 401 not logged in; 403 not an author; 404 an entry the user cannot read; 409
 * not approved, a newer draft exists, or nothing is answered.
 */
export const reconfirmEndpoint: Endpoint = {
  path: '/reconfirm',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const id = await idFrom(req)
    if (!id) throw failure(BAD_RECONFIRM_INPUT, 400, req)
    const { newest, problem } = await checkEntry(req, id)
    if (problem) throw failure(problem.message, problem.status, req)
    const today = todayAsStored()
    await reconfirm(req, id, reconfirmed(newest.attestations as Attestations | undefined, today)!)
    return Response.json({ state: 'in-review', confirmedAt: today })
  },
}

/**
 * GET /api/vendors/reconfirm?id=: what the sidebar's button shows. The approved version's confirmation as the
 * public sees it (`confirmedAt`, `dueAt`, `overdue`), whether the user is an author, and whether the user may
 * confirm again now (`allowed`; otherwise `reason`, in the request's language). 400/401/404 as for POST.
 */
export const reconfirmStatusEndpoint: Endpoint = {
  path: '/reconfirm',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    const raw = req.searchParams.get('id')
    const id = isDocIdShape(raw) ? raw : null
    if (!id) throw failure(BAD_RECONFIRM_INPUT, 400, req)
    const { author, problem } = await checkEntry(req, id)
    const published = await req.payload.findByID({ collection: 'vendors', id, draft: false, depth: 0, req, overrideAccess: false, user: req.user, disableErrors: true })
    const approved = published?._status === 'published'
    const confirmation = approved ? confirmationOf(published.attestations, await reconfirmMonthsSetting(req)) : { confirmedAt: null, dueAt: null, overdue: false }
    return Response.json({
      author,
      approved,
      ...confirmation,
      allowed: problem === null,
      ...(problem ? { reason: say(problem.message, { req }) } : {}),
    })
  },
}
