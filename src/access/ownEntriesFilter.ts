import type { BaseFilter, Where } from 'payload'

import { organisationOf } from './organisation'
import { actorOf } from './roles'

/** Matches no document, in every adapter (a vendor without an organisation owns nothing). */
const NOTHING: Where = { and: [{ owner: { exists: true } }, { owner: { exists: false } }] }

/**
 * The admin's list of a collection owned by vendor organisations (its `admin.baseFilter`): a vendor sees its own
 * organisation's entries only, though its read rule also lets it read every published entry (the public site
 * needs that). Staff see the whole list. Not an access rule: the API still answers as the read rule says.
 */
export const ownEntriesFilter: BaseFilter = ({ req }) => {
  if (actorOf(req) !== 'vendor') return null
  const organisation = organisationOf(req.user)
  return organisation === undefined ? NOTHING : { owner: { equals: organisation } }
}
