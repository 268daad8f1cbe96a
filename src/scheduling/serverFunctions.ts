import type { CollectionSlug, PayloadRequest, ServerFunction } from 'payload'

import {
  getUpcomingScheduledPublishHandler,
  schedulePublishHandler,
  type GetUpcomingScheduledPublishHandlerArgs,
  type SchedulePublishHandlerArgs,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import { Forbidden } from 'payload'

import { mayAlways } from '../access/accessFor'
import { jobMatrix, type MatrixCollection } from '../access/matrix'
import { actorOf } from '../access/roles'
import { recordAudit } from '../audit/recordAudit'
import { say } from '../validation/messages'
import { CHANGE_NOTE_REQUIRED } from '../workflow/messages'
import { publishObstacle } from '../workflow/publishObstacle'
import { changedByOf, stateOf } from '../workflow/saveFacts'
import { secondPairOfEyesOn } from '../workflow/secondPairOfEyes'

/** The collections whose documents editors may schedule (their `schedulePublish` option). */
export const SCHEDULED_COLLECTIONS = ['articles', 'vendors', 'tariffs'] as const

/** How far in the past a chosen time may lie (the browser's clock against the server's) and still run at once. */
export const PAST_GRACE_MS = 60_000

type Result = { error?: string; message?: string }

/**
 * Cancels one scheduled publish or unpublish: as the user, through payload-jobs' own access (staff, and only a
 * job that is not running). Payload's own handler queues a new job after deleting one (no date, no type: a
 * publish at once), so a cancel never reaches it.
 */
async function cancelScheduled(req: PayloadRequest, id: number | string): Promise<Result> {
  const { payload } = req
  const job = (await payload.db.findOne({ collection: 'payload-jobs', where: { id: { equals: id } }, req })) as {
    input?: { type?: string; doc?: { relationTo?: string; value?: string } }
    waitUntil?: string
    taskSlug?: string
  } | null
  const result = await payload.delete({
    collection: 'payload-jobs',
    where: { and: [{ id: { equals: id } }, { taskSlug: { equals: 'schedulePublish' } }] },
    overrideAccess: false,
    req,
  })
  if (!job || result.docs.length !== 1) {
    return { error: say({ nb: 'Planen kunne ikke slettes: den kjører nå eller finnes ikke lenger.', en: 'The schedule could not be removed: it is running or gone.' }, { req }) }
  }
  await recordAudit(req, {
    action: 'schedule',
    collection: job.input?.doc?.relationTo,
    docId: job.input?.doc?.value,
    detail: `cancelled ${job.input?.type ?? 'publish'} at ${job.waitUntil ?? '?'}`,
  })
  return { message: say({ nb: 'Planen er slettet.', en: 'The schedule was removed.' }, { req }) }
}

/**
 * Why the user could not publish the document now (the review workflow's second pair of eyes, a missing change
 * note), or undefined. A scheduled publish runs as its scheduler and meets the same checks when it runs; asked
 * here too, the editor hears it while scheduling instead of finding a failed job later.
 */
async function publishObstacleNow(req: PayloadRequest, collection: string, id: string): Promise<string | undefined> {
  const doc = (await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
  })) as Record<string, unknown> | null
  if (!doc) throw new Forbidden(req.t)
  const verdict = publishObstacle({
    actor: actorOf(req),
    userId: (req.user as { id?: number | string } | null)?.id,
    secondPairOfEyes: await secondPairOfEyesOn(req),
    state: stateOf(doc),
    changedBy: changedByOf(doc),
  })
  if (!verdict.allowed) return say(verdict.message, { req })
  const note = doc.changeNote
  if (doc.minorChange !== true && !(typeof note === 'string' && note.trim() !== '')) return say(CHANGE_NOTE_REQUIRED, { req })
  return undefined
}

/**
 * The admin's schedule drawer ("Planlegg publisering"): staff who may publish the document schedule its publish
 * or unpublish; a time already past is refused (beyond a minute's clock difference, which runs at once), and so
 * is a publish the user could not make now (publishObstacleNow). Each schedule and cancel is in the audit log.
 */
export const schedulePublish: ServerFunction<SchedulePublishHandlerArgs, Promise<Result>> = async (args) => {
  const { req, deleteID, date, doc, global: globalSlug, type } = args
  // Payload's drawer shows "scheduled" whatever the answer, so a refusal is also logged.
  const refuse = (error: string): Result => {
    req.payload.logger.warn(`[scheduling] ${type ?? 'publish'} of ${doc?.relationTo} ${doc?.value} at ${date ? new Date(date).toISOString() : '?'} refused: ${error}`)
    return { error }
  }
  if (!jobMatrix.queue[actorOf(req)]) throw new Forbidden(req.t)
  if (deleteID !== undefined && deleteID !== null) {
    if (!jobMatrix.cancel[actorOf(req)]) throw new Forbidden(req.t)
    return cancelScheduled(req, deleteID)
  }
  if (globalSlug || !doc || !(SCHEDULED_COLLECTIONS as readonly string[]).includes(doc.relationTo)) throw new Forbidden(req.t)
  if (!mayAlways(doc.relationTo as MatrixCollection, 'publish', req)) throw new Forbidden(req.t)
  const at = date ? new Date(date) : undefined
  if (!at || Number.isNaN(at.getTime())) return refuse(say({ nb: 'Velg dato og klokkeslett.', en: 'Choose a date and time.' }, { req }))
  if (at.getTime() < Date.now() - PAST_GRACE_MS) {
    return refuse(
      say({ nb: 'Tidspunktet har allerede passert. Velg et senere tidspunkt, eller publiser nå.', en: 'That time has passed. Choose a later time, or publish now.' }, { req }),
    )
  }
  if (type !== 'unpublish') {
    const obstacle = await publishObstacleNow(req, doc.relationTo, doc.value)
    if (obstacle) return refuse(obstacle)
  }
  const result = (await schedulePublishHandler({ ...args, date: at })) as Result
  if (!result?.error) {
    await recordAudit(req, { action: 'schedule', collection: doc.relationTo, docId: doc.value, detail: `${type ?? 'publish'} at ${at.toISOString()}` })
  }
  return result
}

/** The drawer's list of a document's upcoming events: staff only, then Payload's own check and query. */
export const upcomingScheduled: ServerFunction<GetUpcomingScheduledPublishHandlerArgs, Promise<unknown>> = async (args) => {
  if (!jobMatrix.read[actorOf(args.req)]) throw new Forbidden(args.req.t)
  return getUpcomingScheduledPublishHandler(args)
}

/** Passed to handleServerFunctions (app/(payload)/layout.tsx): they replace Payload's handlers of the same name. */
export const schedulingServerFunctions = {
  'schedule-publish': schedulePublish,
  'get-upcoming-scheduled-publish': upcomingScheduled,
}
