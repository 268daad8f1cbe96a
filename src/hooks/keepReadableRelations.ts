import type { CollectionSlug, FieldHook, PayloadRequest } from 'payload'

import { isStaff } from '../access/isStaff'
import { type DocRef, readableRefs } from './readableRefs'

type Id = number | string
type Ref = DocRef | null

function refOf(value: unknown, relationTo: CollectionSlug | CollectionSlug[]): Ref {
  if (value == null) return null
  if (Array.isArray(relationTo)) {
    const poly = value as { relationTo?: CollectionSlug; value?: unknown }
    if (!poly.relationTo || !relationTo.includes(poly.relationTo)) return null
    const inner = poly.value as { id?: Id } | Id | undefined
    const id = typeof inner === 'object' && inner ? inner.id : inner
    return id == null ? null : { collection: poly.relationTo, id }
  }
  const id = typeof value === 'object' ? (value as { id?: Id }).id : (value as Id)
  return id == null ? null : { collection: relationTo, id }
}

/**
 * A relationship (or upload) field's `afterRead` hook: a reader who could not read a related document does
 * not learn its id either. Without it, an anonymous reader of a published article sees `relatedArticles:
 * [5, …]` with the ids of drafts (at depth 0, or wherever population was refused). Reads with access checks
 * off (system code) and staff reads keep every id: staff may read every document, and a failed check must never
 * empty an editor's form (autosave would store the emptied list). Only the targets in `guarded` (collections
 * with drafts) are checked.
 */
export function keepReadableRelations(relationTo: CollectionSlug | CollectionSlug[], guarded: CollectionSlug[]): FieldHook {
  const filterValue = async (value: unknown, req: PayloadRequest): Promise<unknown> => {
    const values = Array.isArray(value) ? value : [value]
    const refs = values.map((v) => refOf(v, relationTo))
    const isGuarded = (ref: Ref): ref is DocRef => ref !== null && guarded.includes(ref.collection)
    const canRead = await readableRefs(req, refs.filter(isGuarded))
    const keep = (ref: Ref) => !isGuarded(ref) || canRead(ref)
    if (Array.isArray(value)) return values.filter((_, i) => keep(refs[i]!))
    return keep(refs[0]!) ? value : null
  }

  return async ({ value, req, overrideAccess, field }) => {
    if (overrideAccess || value == null || isStaff({ req })) return value
    if ('localized' in field && field.localized && typeof value === 'object' && !Array.isArray(value) && !('id' in value) && !('relationTo' in value)) {
      const entries = await Promise.all(Object.entries(value).map(async ([locale, v]) => [locale, await filterValue(v, req)] as const))
      return Object.fromEntries(entries)
    }
    return filterValue(value, req)
  }
}
