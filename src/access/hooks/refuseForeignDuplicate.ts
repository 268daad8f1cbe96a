import type { CollectionBeforeOperationHook } from 'payload'

import { isStaff } from '../isStaff'
import { idOf, organisationOf, sameId } from '../organisation'
import { refusal } from '../refusal'
import { DUPLICATE_REFUSED } from './messages'

/**
 * A vendor duplicates only its own organisation's entries. Payload's duplicate reads the source with the vendor's
 * read rule, which reaches every published entry, so without this a vendor could copy a competitor's listing into
 * a draft of its own and submit it. Staff duplicate anything; a collection without owners is not concerned.
 */
export const refuseForeignDuplicate: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  const from = (args as { duplicateFromID?: number | string | null }).duplicateFromID
  if (operation !== 'create' || from === undefined || from === null || overrideAccess === true || isStaff({ req })) return args
  if (!collection.flattenedFields.some((field) => field.name === 'owner')) return args
  const source = await req.payload.findByID({ collection: collection.slug as never, id: from, depth: 0, overrideAccess: true, req, disableErrors: true, select: { owner: true } as never })
  if (!source || !sameId(idOf((source as { owner?: never }).owner), organisationOf(req.user))) throw refusal(DUPLICATE_REFUSED, req)
  return args
}
