import type { CollectionBeforeChangeHook } from 'payload'

import { mayAlways } from '../accessFor'
import type { MatrixCollection } from '../matrix'
import { refusal } from '../refusal'
import { PUBLISH_REFUSED } from './messages'
import { savePublishes } from './publishes'
import { writeModeOf } from './writeMode'

/**
 * Refuses a save that would change what the public sees (publish, unpublish, a change to a published document)
 * unless the actor's `publish` rule passes. A hook on the incoming data, because an `update` access `where`
 * constrains only the stored document. Runs for Payload's scheduled publish too: its job saves as the user
 * who scheduled it. System writes (access checks off) pass.
 */
export const enforcePublishRule: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const mode = writeModeOf(req, collection.slug)
  if (mode.overrideAccess || mayAlways(collection.slug as MatrixCollection, 'publish', req)) return data
  const publishes = await savePublishes({
    collection,
    data: data as { _status?: unknown },
    draft: mode.draft,
    id: (originalDoc as { id?: number | string } | undefined)?.id,
    operation,
    originalStatus: (originalDoc as { _status?: unknown } | undefined)?._status,
    req,
  })
  if (publishes) throw refusal(PUBLISH_REFUSED, req)
  return data
}
