import type { CollectionBeforeDeleteHook } from 'payload'

import { mayAlways } from '../accessFor'
import type { MatrixCollection } from '../matrix'
import { refusal } from '../refusal'
import { DELETE_PUBLISHED_REFUSED } from './messages'
import { deletePublishes } from './publishes'
import { writeModeOf } from './writeMode'

/** Deleting a published document takes it from the public, so it is a publish: refused unless the actor may publish. */
export const refusePublishedDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (writeModeOf(req, collection.slug).overrideAccess || mayAlways(collection.slug as MatrixCollection, 'publish', req)) return
  if (await deletePublishes(collection, id, req)) throw refusal(DELETE_PUBLISHED_REFUSED, req)
}
