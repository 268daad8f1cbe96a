import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

const hasDrafts = (collection: SanitizedCollectionConfig): boolean =>
  typeof collection.versions === 'object' && Boolean(collection.versions?.drafts)

/** Whether the stored main document, the one the public reads, is published. */
export async function isPublished(collection: SanitizedCollectionConfig, id: number | string | undefined, req: PayloadRequest): Promise<boolean> {
  if (id === undefined) return false
  const doc = await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: id } }, req })
  return (doc as { _status?: unknown } | null)?._status === 'published'
}

/**
 * Whether a save changes what the public sees. Without drafts every save does. With drafts, a draft save
 * (`draft: true` without `_status: 'published'`) only adds a version; any other save writes the main
 * document, which is public when it ends published (a publish) or was published (a change or an unpublish).
 */
export async function savePublishes(args: {
  collection: SanitizedCollectionConfig
  data: { _status?: unknown }
  draft: boolean
  id: number | string | undefined
  operation: 'create' | 'update'
  originalStatus: unknown
  req: PayloadRequest
}): Promise<boolean> {
  const { collection, data, draft, id, operation, originalStatus, req } = args
  if (!hasDrafts(collection)) return true
  if (data._status === 'published') return true
  if (draft) return false
  if (operation === 'create') return false
  if ((data._status ?? originalStatus) === 'published') return true
  return isPublished(collection, id, req)
}

/** Whether deleting the document takes something away from the public. */
export async function deletePublishes(collection: SanitizedCollectionConfig, id: number | string, req: PayloadRequest): Promise<boolean> {
  return hasDrafts(collection) ? isPublished(collection, id, req) : true
}
