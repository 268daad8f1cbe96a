import type { Message } from '../validation/messages'

import { NOT_IN_REVIEW, NOT_IN_REVIEW_ADMIN, NOT_STAFF, OWN_CHANGE, OWN_CHANGE_ADMIN } from './messages'
import type { WorkflowState } from './states'

export type PublishCheck = {
  /** The publisher's strongest role ('admin', 'editor'; anything else is not staff). */
  actor: string
  userId: number | string | undefined
  /** The site setting "second pair of eyes". */
  secondPairOfEyes: boolean
  state: WorkflowState
  /** Who changed the content since the last publish, this save's change included. */
  changedBy: (number | string)[]
  /** An admin's reason for publishing past the second pair of eyes. */
  forceReason?: string | null
}

export type PublishVerdict =
  | { allowed: true; forced: boolean }
  | { allowed: false; message: Message; /** An admin could publish with a reason. */ forceable: boolean }

/**
 * Whether a publish may go ahead under the second pair of eyes (the matrix's publish rule has been asked
 * before). With the setting on, a document must be in review and the publisher must not be among those who
 * changed it; an admin may pass either with a reason (a force publish, marked for review afterwards). With
 * the setting off, staff publish from any state, their own changes too.
 */
export function publishObstacle(check: PublishCheck): PublishVerdict {
  const isAdmin = check.actor === 'admin'
  if (!isAdmin && check.actor !== 'editor') return { allowed: false, message: NOT_STAFF, forceable: false }
  if (!check.secondPairOfEyes) return { allowed: true, forced: false }
  const ownChange = check.userId !== undefined && check.changedBy.some((id) => String(id) === String(check.userId))
  const inReview = check.state === 'in-review'
  if (!ownChange && inReview) return { allowed: true, forced: false }
  if (isAdmin && typeof check.forceReason === 'string' && check.forceReason.trim() !== '') return { allowed: true, forced: true }
  if (ownChange) return { allowed: false, message: isAdmin ? OWN_CHANGE_ADMIN : OWN_CHANGE, forceable: isAdmin }
  return { allowed: false, message: isAdmin ? NOT_IN_REVIEW_ADMIN : NOT_IN_REVIEW, forceable: isAdmin }
}
