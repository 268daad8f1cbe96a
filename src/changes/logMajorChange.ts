import type { CollectionAfterChangeHook } from 'payload'

import { afterCommit } from '../db/afterCommit'
import { notifySubscribers } from '../subscriptions/notifySubscribers'
import { isLoggedCollection } from './loggedCollections'
import { takeChange } from './pendingChanges'
import { writeChangeLogEntry } from './writeChangeLogEntry'

/**
 * After a major publish (captured by captureChangeNote): the page's subscribers are mailed, in the publish's
 * transaction, and once it is committed the change log gets its entry (which announces the 'change-log' tag,
 * so the history pages and feeds show it). Why after the commit: an entry must never describe a publish that
 * was rolled back. A failed entry is logged; the publish itself stands.
 */
export const logMajorChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!isLoggedCollection(collection.slug)) return doc
  const change = takeChange(req, collection.slug, doc.id)
  if (!change) return doc
  const slug = collection.slug
  await notifySubscribers(req, { collection: slug, docId: doc.id, change })
  const by = req.user?.collection === 'users' ? req.user.id : null
  const { payload } = req
  await afterCommit(req, async () => {
    try {
      await writeChangeLogEntry(payload, { collection: slug, docId: doc.id, change, by })
    } catch (err) {
      payload.logger.error({ err, collection: slug, docId: doc.id }, 'could not write the change-log entry of a published change')
    }
  })
  return doc
}
