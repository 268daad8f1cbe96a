import type { CollectionSlug, FieldHook, PayloadRequest } from 'payload'

import { isStaff } from '../access/isStaff'

type Id = number | string
type Memo = Map<string, Promise<boolean>>

/** One memo per request: a list of 100 documents pointing at the same article asks once. */
const memos = new WeakMap<PayloadRequest, Memo>()

/** Asks, with the reader's own access, which of these documents the reader may read. */
export async function readable(req: PayloadRequest, collection: CollectionSlug, ids: Id[]): Promise<Set<string>> {
  let memo = memos.get(req)
  if (!memo) memos.set(req, (memo = new Map()))
  const missing = [...new Set(ids.map(String))].filter((id) => !memo.has(`${collection}:${id}`))
  if (missing.length > 0) {
    const found = req.payload
      .find({
        collection,
        where: { id: { in: missing } },
        depth: 0,
        draft: false,
        limit: missing.length,
        pagination: false,
        overrideAccess: false,
        req,
        select: { updatedAt: true } as never,
      })
      .then(({ docs }) => new Set((docs as { id: Id }[]).map((doc) => String(doc.id))))
      .catch(() => new Set<string>())
    for (const id of missing) memo.set(`${collection}:${id}`, found.then((set) => set.has(id)))
  }
  const answers = await Promise.all(ids.map(async (id) => [String(id), await memo.get(`${collection}:${id}`)!] as const))
  return new Set(answers.filter(([, ok]) => ok).map(([id]) => id))
}

type Ref = { collection: CollectionSlug; id: Id } | null

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
    const byCollection = new Map<CollectionSlug, Id[]>()
    for (const ref of refs) {
      if (ref && guarded.includes(ref.collection)) byCollection.set(ref.collection, [...(byCollection.get(ref.collection) ?? []), ref.id])
    }
    const allowed = new Map<CollectionSlug, Set<string>>()
    for (const [collection, ids] of byCollection) allowed.set(collection, await readable(req, collection, ids))
    const keep = (ref: Ref) => !ref || !guarded.includes(ref.collection) || allowed.get(ref.collection)!.has(String(ref.id))
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
