import type { CollectionBeforeValidateHook } from 'payload'

import { APIError } from 'payload'

import { say } from '../validation/messages'
import { lastEditorName } from './lastEditor'
import { changedAt, staleSaveMessage, UPDATED_AT_MALFORMED } from './messages'
import { changedSince, openedCopy } from './openedCopy'

/** The time a value names, in milliseconds; null when it names none. */
function timeOf(value: unknown): number | null {
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : Number.NaN
  return Number.isFinite(time) ? time : null
}

/**
 * No lost edits: an update whose `updatedAt` is older than the stored copy's was built on a stale copy (another
 * editor saved in between), so it is refused with 409 before anything is written, saying who changed it when and
 * what to do. The stored copy is the one an edit builds on: the latest version (a newer draft) when the collection
 * has drafts, else the document. When the copy the save was built on is still among the versions and nothing the
 * save sends has changed since (only bookkeeping: a review state moved, a save without changes), it goes through:
 * nothing would be lost, and the editor's open form need not be reloaded after a workflow step. An update
 * without `updatedAt` (API clients, scripts, jobs) is not checked; one that sends it gets the check. A version restore carries the old version's `updatedAt` and is not an edit of a
 * copy, so it is not checked. Runs before validation, so a stale copy is told it is stale rather than invalid;
 * after Payload's lock check, whose answer to a locked document stays. The stored `updatedAt` stays the
 * server's (src/validation/keepServerTimestamps.ts replaces the sent one afterwards).
 */
export const refuseStaleSave: CollectionBeforeValidateHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || req.context?.isRestoringVersion) return data
  const sent = (data as { updatedAt?: unknown } | undefined)?.updatedAt
  if (sent === undefined || sent === null || sent === '') return data
  const sentAt = timeOf(sent)
  if (sentAt === null) throw new APIError(say(UPDATED_AT_MALFORMED, { req }), 400, null, true)
  const stored = originalDoc as ({ id?: number | string; updatedAt?: unknown } & Record<string, unknown>) | undefined
  const storedAt = timeOf(stored?.updatedAt)
  if (!stored || storedAt === null || sentAt >= storedAt) return data
  if (stored.id !== undefined) {
    const copy = await openedCopy(req, collection, stored.id, sentAt)
    if (copy && !changedSince(copy, stored, data as Record<string, unknown>)) return data
  }
  const by = stored.id === undefined ? undefined : await lastEditorName(req, collection.slug, stored.id, new Date(storedAt))
  throw new APIError(say(staleSaveMessage(changedAt(new Date(storedAt)), by), { req }), 409, null, true)
}
