import type { FieldAccess, PayloadRequest } from 'payload'

import { conditionsOf, mark } from './accessFor'
import { isSelf } from './isSelfOrAdmin'
import { collectionMatrix, fieldMatrix, type Condition, type FieldOperation, type MatrixField, type Rule } from './matrix'
import { idOf, organisationOf, sameId } from './organisation'
import { actorOf, type Actor } from './roles'

type FieldAccessArgs = Parameters<FieldAccess>[0]
type Doc = Record<string, unknown> | undefined

/** The organisation that owns the document a field belongs to: on a write the incoming owner, on a read the stored one. */
function ownerOf(slug: string, operation: FieldOperation, { doc, data, id }: FieldAccessArgs): unknown {
  if (slug === 'vendor-organisations') return (doc as Doc)?.id ?? id
  const stored = (doc as Doc)?.owner
  const incoming = (data as Doc)?.owner
  return idOf((operation === 'read' ? stored : (incoming ?? stored)) as never)
}

function passes(condition: Condition, slug: string, operation: FieldOperation, args: FieldAccessArgs): boolean {
  switch (condition) {
    case 'published':
      return (args.doc as Doc)?._status === 'published'
    case 'self':
      return isSelf(args.req.user, (args.doc as Doc)?.id ?? args.id)
    case 'own':
      return sameId(organisationOf(args.req.user), ownerOf(slug, operation, args))
    default:
      return false
  }
}

/**
 * Payload asks without a document when it checks a `where` on the field (a GraphQL join does) or maps the
 * admin's permissions. A condition then passes only where the collection's own read rule already narrows the
 * actor to documents that meet it (a vendor reads only its own user, so may filter it by `organisation`).
 */
function impliedByCollection(condition: Condition, slug: string, actor: Actor): boolean {
  const read = (collectionMatrix as Record<string, { read: Record<Actor, Rule> }>)[slug]?.read[actor]
  return read !== undefined && typeof read !== 'boolean' && conditionsOf(read).every((c) => c === condition)
}

function allows(rule: Rule, slug: string, operation: FieldOperation, args: FieldAccessArgs, actor: Actor): boolean {
  if (typeof rule === 'boolean') return rule
  const withoutDocument = args.doc === undefined && args.id === undefined && operation === 'read'
  return conditionsOf(rule).some((condition) =>
    withoutDocument ? impliedByCollection(condition, slug, actor) : passes(condition, slug, operation, args),
  )
}

/** A field's access keys, built from its row in the field matrix (`collection.field`). Fails closed on any error. */
export function fieldAccessFor(key: MatrixField): Partial<Record<FieldOperation, FieldAccess>> {
  const slug = key.split('.')[0]!
  const rows = fieldMatrix[key] as Partial<Record<FieldOperation, Record<string, Rule>>>
  const access: Partial<Record<FieldOperation, FieldAccess>> = {}
  for (const operation of Object.keys(rows) as FieldOperation[]) {
    const row = rows[operation]!
    access[operation] = mark((args: FieldAccessArgs) => {
      try {
        const actor = actorOf(args.req as Pick<PayloadRequest, 'user'>)
        return allows(row[actor] ?? false, slug, operation, args, actor)
      } catch (error) {
        args.req.payload?.logger.error({ err: error }, `field rule ${key}.${operation} failed; refused`)
        return false
      }
    })
  }
  return access
}
