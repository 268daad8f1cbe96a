import type { CollectionSlug, PayloadRequest } from 'payload'

type Id = number | string
/** Ids waiting to be asked about, per collection, and the answer they will share. */
type Batch = { ids: Set<string>; answer: Promise<Set<string>> }
type Memo = { known: Map<string, Promise<boolean>>; batches: Map<CollectionSlug, Batch> }

/** A reference to one document, as a relationship value or an internal link holds it. */
export type DocRef = { collection: CollectionSlug; id: Id }

/**
 * One memo per request: a list of 100 documents pointing at the same article asks once, and the hooks of
 * every document in a list ask together, in one query per collection (the hooks run side by side; the
 * question is sent once they all had their turn).
 */
const memos = new WeakMap<PayloadRequest, Memo>()

function memoOf(req: PayloadRequest): Memo {
  let memo = memos.get(req)
  if (!memo) memos.set(req, (memo = { known: new Map(), batches: new Map() }))
  return memo
}

/** The documents of `ids` the reader may read, asked with the reader's own access; any failure reads as none. */
function ask(req: PayloadRequest, collection: CollectionSlug, ids: string[]): Promise<Set<string>> {
  return req.payload
    .find({
      collection,
      where: { id: { in: ids } },
      depth: 0,
      draft: false,
      limit: ids.length,
      pagination: false,
      overrideAccess: false,
      req,
      select: { updatedAt: true } as never,
    })
    .then(({ docs }) => new Set((docs as { id: Id }[]).map((doc) => String(doc.id))))
    .catch(() => new Set<string>())
}

/** The batch of this collection that is still open for more ids, opened if there is none. */
function openBatch(req: PayloadRequest, memo: Memo, collection: CollectionSlug): Batch {
  const open = memo.batches.get(collection)
  if (open) return open
  const ids = new Set<string>()
  const answer = new Promise<Set<string>>((resolve) =>
    setImmediate(() => {
      memo.batches.delete(collection)
      resolve(ask(req, collection, [...ids]))
    }),
  )
  const batch = { ids, answer }
  memo.batches.set(collection, batch)
  return batch
}

/** Asks, with the reader's own access, which of these documents the reader may read. */
async function readable(req: PayloadRequest, collection: CollectionSlug, ids: Id[]): Promise<Set<string>> {
  const memo = memoOf(req)
  for (const id of new Set(ids.map(String))) {
    const key = `${collection}:${id}`
    if (memo.known.has(key)) continue
    const batch = openBatch(req, memo, collection)
    batch.ids.add(id)
    memo.known.set(key, batch.answer.then((set) => set.has(id)))
  }
  const answers = await Promise.all(ids.map(async (id) => [String(id), await memo.known.get(`${collection}:${id}`)!] as const))
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
