import type { CollectionBeforeOperationHook } from 'payload'

import { collectionMatrix, type MatrixCollection, type Rule } from '../matrix'
import { actorOf } from '../roles'
import { refusal } from '../refusal'
import { UPLOAD_REFUSED } from './messages'

/**
 * A file from someone whose matrix rule refuses the create or update outright (a vendor, the public: media is
 * staff only) is refused with 403 before anything reads it. Payload asks the access rule only after the
 * collection's beforeOperation hooks, which inspect and re-encode the file and would answer 400 about its type
 * first. System writes (access checks off) pass.
 */
export const refuseUploadWithoutAccess: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !collection.upload || overrideAccess === true) return args
  const rows = collectionMatrix[collection.slug as MatrixCollection] as Record<string, Record<string, Rule>> | undefined
  if (rows?.[operation]?.[actorOf(req)] === false) throw refusal(UPLOAD_REFUSED, req)
  return args
}
