import type { CollectionSlug, PayloadRequest } from 'payload'

type Id = number | string
type Memo = Map<string, Promise<boolean>>

/** A reference to one document, as a relationship value or an internal link holds it. */
export type DocRef = { collection: CollectionSlug; id: Id }

/** One memo per request: a list of 100 documents pointing at the same article asks once. */
const memos = new WeakMap<PayloadRequest, Memo>()

/** Asks, with the reader's own access, which of these documents the reader may read. */
async function readable(req: PayloadRequest, collection: CollectionSlug, ids: Id[]): Promise<Set<string>> {
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

/**
 * Which of these references the reader may read: one question per collection (documents of several
 * collections can be referenced together), answered as a test of one reference.
 */
export async function readableRefs(req: PayloadRequest, refs: DocRef[]): Promise<(ref: DocRef) => boolean> {
  const byCollection = new Map<CollectionSlug, Id[]>()
  for (const { collection, id } of refs) byCollection.set(collection, [...(byCollection.get(collection) ?? []), id])
  const allowed = new Map<CollectionSlug, Set<string>>()
  for (const [collection, ids] of byCollection) allowed.set(collection, await readable(req, collection, ids))
  return (ref) => allowed.get(ref.collection)?.has(String(ref.id)) ?? false
}
