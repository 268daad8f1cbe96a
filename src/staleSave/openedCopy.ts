import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'

type Doc = Record<string, unknown>

/** What a save does not build on: ids, timestamps and what only the server writes (the status, the review state). */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', '_status', 'workflow'])

/** A value as compared: missing, null and empty are the same; key order does not count. */
function normal(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normal)
  if (typeof value === 'object') {
    const entries = Object.entries(value as Doc)
      .map(([key, v]) => [key, normal(v)] as const)
      .filter(([, v]) => v !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1))
    return entries.length === 0 ? null : Object.fromEntries(entries)
  }
  return value
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(normal(a)) === JSON.stringify(normal(b))

/**
 * The copy the save was built on: the version whose `updatedAt` the save sent (every save answers with its
 * version's `updatedAt`, and the admin's form carries it). Undefined when the collection keeps no versions or the
 * version is gone (an autosave rewrites its version in place; old versions are pruned): then the copy is unknown.
 */
export async function openedCopy(req: PayloadRequest, collection: SanitizedCollectionConfig, id: number | string, sentAt: number): Promise<Doc | undefined> {
  if (!collection.versions) return undefined
  const { docs } = await req.payload.findVersions({
    collection: collection.slug as CollectionSlug,
    where: { and: [{ parent: { equals: id } }, { 'version.updatedAt': { equals: new Date(sentAt).toISOString() } }] },
    limit: 1,
    depth: 0,
    locale: req.locale ?? undefined,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  return (docs[0] as unknown as { version?: Doc } | undefined)?.version
}

/**
 * Whether anything the save writes was changed since its copy: a field it sends whose stored value differs from
 * the copy's (in the save's language; other languages are not written by it). Bookkeeping since the copy (a
 * review state moved, a save without changes) is not a change, so it does not make the copy stale.
 */
export function changedSince(copy: Doc, stored: Doc, sent: Doc): boolean {
  return Object.keys(sent).some((key) => !BOOKKEEPING.has(key) && !same(copy[key], stored[key]))
}
