import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { refusal } from '../access/refusal'
import { actorOf } from '../access/roles'
import { say } from '../validation/messages'
import { markForced } from './forcedPublish'
import { CHANGE_NOTE_REQUIRED } from './messages'
import { publishObstacle } from './publishObstacle'
import { saveFacts, stateOf, workflowOf } from './saveFacts'
import { secondPairOfEyesOn } from './secondPairOfEyes'

/** Named in the error itself too: a scheduled publish's failed job shows only that. */
const CHANGE_NOTE_LABEL = { nb: 'Endringsmerknad', en: 'Change note' }

const hasText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/**
 * A user's publish (the admin, REST, GraphQL, a scheduled job run as the user who scheduled it) passes the
 * second pair of eyes (403 naming who may publish instead; an admin may force it with a reason) and carries
 * a change note unless it is a minor change (400). System writes (access checks off) pass.
 */
export const checkPublish: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const facts = saveFacts({ data, originalDoc, req, slug: collection.slug })
  if (!facts.publishing || !facts.byUser) return data
  const forceReason = workflowOf(data).forceReason
  const verdict = publishObstacle({
    actor: actorOf(req),
    userId: facts.userId,
    secondPairOfEyes: await secondPairOfEyesOn(req),
    state: stateOf(originalDoc),
    changedBy: facts.changedBy,
    forceReason: typeof forceReason === 'string' ? forceReason : null,
  })
  if (!verdict.allowed) throw refusal(verdict.message, req)
  if (data.minorChange !== true && !hasText(data.changeNote)) {
    throw new ValidationError({ collection: collection.slug, errors: [{ label: CHANGE_NOTE_LABEL, message: say(CHANGE_NOTE_REQUIRED, { req }), path: 'changeNote' }], req }, req.t)
  }
  if (verdict.forced) markForced(req, collection.slug, String(forceReason).trim())
  return data
}
