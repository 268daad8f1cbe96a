import type { FieldHook } from 'payload'

import { isStaff } from '../isStaff'
import { idOf, organisationOf, sameId } from '../organisation'
import { refusal } from '../refusal'
import { NO_ORGANISATION, OWNER_REFUSED } from './messages'

/**
 * Nobody but staff sets an entry's owner to another organisation: a vendor's new entry gets the vendor's own
 * organisation when it names none, a vendor without an organisation cannot create, and naming another
 * organisation answers 403. A field hook, because Payload runs these before field access, which would drop
 * the value without a word. System writes (access checks off) pass.
 */
export const constrainOwner: FieldHook = ({ operation, overrideAccess, req, value }) => {
  if ((operation !== 'create' && operation !== 'update') || overrideAccess || isStaff({ req })) return value
  const organisation = organisationOf(req.user)
  if (organisation === undefined) throw refusal(NO_ORGANISATION, req)
  const owner = idOf(value as never)
  if (operation === 'create' && owner === undefined) return organisation
  if (!sameId(owner, organisation)) throw refusal(OWNER_REFUSED, req)
  return value
}
