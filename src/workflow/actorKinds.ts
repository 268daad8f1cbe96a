import type { PayloadRequest } from 'payload'

import { conditionsOf } from '../access/accessFor'
import { isStaff } from '../access/isStaff'
import { collectionMatrix, type Rule } from '../access/matrix'
import { idOf, organisationOf, sameId } from '../access/organisation'
import { actorOf } from '../access/roles'
import type { ActorKind } from './states'

type Doc = Record<string, unknown>

/** Whether the user's update rule reaches this document (`'own'`: an entry of the vendor's organisation). */
function mayUpdate(slug: string, req: Pick<PayloadRequest, 'user'>, doc: Doc): boolean {
  const rule = (collectionMatrix as Record<string, { update: Record<string, Rule> }>)[slug]?.update[actorOf(req)] ?? false
  if (typeof rule === 'boolean') return rule
  return conditionsOf(rule).some((condition) => {
    if (condition === 'own') return sameId(organisationOf(req.user), idOf(doc.owner as never))
    if (condition === 'published') return doc._status === 'published'
    return false
  })
}

/** What the user is for the state machine on this document: an author if they may update it, a reviewer if staff. */
export function actorKindsOf(slug: string, req: Pick<PayloadRequest, 'user'>, doc: Doc): ActorKind[] {
  const kinds: ActorKind[] = []
  if (mayUpdate(slug, req, doc)) kinds.push('author')
  if (isStaff({ req })) kinds.push('reviewer')
  return kinds
}
