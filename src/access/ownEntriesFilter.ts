import type { BaseFilter, Where } from 'payload'

import { organisationOf } from './organisation'
import { OWN_DRAFTS_CONTEXT } from './ownDrafts'
import { actorOf } from './roles'

/** Matches no document, in every adapter (a vendor without an organisation owns nothing). */
const NOTHING: Where = { and: [{ owner: { exists: true } }, { owner: { exists: false } }] }

/**
 * The admin's list of a collection owned by vendor organisations (its `admin.baseFilter`): a vendor sees its own
 * organisation's entries only, though its read rule also lets it read every published entry (the public site
 * needs that). Staff see the whole list. Not an access rule: the API still answers as the read rule says.
 * As the list then holds only the vendor's own entries, its read shows their newest drafts (OWN_DRAFTS_CONTEXT on
 * the list's request), as staff see theirs, not the versions the public reads.
 */
export const ownEntriesFilter: BaseFilter = ({ req }) => {
  if (actorOf(req) !== 'vendor') return null
  const organisation = organisationOf(req.user)
  if (organisation === undefined) return NOTHING
  req.context = { ...req.context, [OWN_DRAFTS_CONTEXT]: true }
  return { owner: { equals: organisation } }
}
