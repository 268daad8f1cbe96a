import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

const hasDrafts = (collection: SanitizedCollectionConfig): boolean =>
  typeof collection.versions === 'object' && Boolean(collection.versions?.drafts)

/** Whether the stored main document, the one the public reads, is published. */
export async function isPublished(collection: SanitizedCollectionConfig, id: number | string | undefined, req: PayloadRequest): Promise<boolean> {
  if (id === undefined) return false
  const doc = await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: id } }, req })
  return (doc as { _status?: unknown } | null)?._status === 'published'
}

type Doc = Record<string, unknown>

/** Fields that are not the document's content: the status, the workflow's own fields, timestamps, ids. */
const NOT_CONTENT = new Set(['id', '_status', 'workflow', 'changeNote', 'minorChange', 'review', 'createdAt', 'updatedAt', 'deletedAt', 'lastMajorChangeAt'])

/**
 * A value as compared: empty text, empty lists and missing values are all "nothing"; key order does not count;
 * a populated document counts as its id.
 */
function normal(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normal)
  if (typeof value === 'object') {
    const object = value as Doc
    if ('id' in object && ('createdAt' in object || 'updatedAt' in object)) return object.id
    const entries = Object.entries(object)
      .map(([key, v]) => [key, normal(v)] as const)
      .filter(([, v]) => v !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1))
    return entries.length === 0 ? null : Object.fromEntries(entries)
  }
  return value
}

/** Whether a save changes the document's content (a create always does). */
export function changesContent(data: Doc, originalDoc: Doc | undefined | null): boolean {
  if (!originalDoc) return true
  return Object.keys(data).some((key) => !NOT_CONTENT.has(key) && JSON.stringify(normal(data[key])) !== JSON.stringify(normal(originalDoc[key])))
}

/**
 * Whether a save ends with the main document published: it asks for `_status: 'published'`, or it is not a
 * draft save and the document stays published.
 */
export function endsPublished(args: { data: { _status?: unknown }; draft: boolean; originalStatus: unknown }): boolean {
  if (args.data._status === 'published') return true
  return !args.draft && (args.data._status ?? args.originalStatus) === 'published'
}

/**
 * THE answer to "does this save publish?", asked by the second pair of eyes and the change note
 * (src/workflow/checkPublish), the workflow's state (trackWorkflow), the change log and its mail
 * (src/changes/captureChangeNote) and the audit log (recordContentChange): the save ends with the main
 * document published and makes public what was not (the document was not published, or its content changes).
 * A save of only the change note or the workflow's fields onto a published document publishes nothing.
 * `data` is the save's whole data (Payload merges the stored document into it before the hooks run),
 * `originalDoc` the newest version before the save, `draft` the save's `draft` flag.
 */
export function publishesContent(args: { data: Doc; originalDoc: Doc | undefined | null; draft: boolean }): boolean {
  const { data, originalDoc, draft } = args
  if (!endsPublished({ data, draft, originalStatus: originalDoc?._status })) return false
  return !originalDoc || originalDoc._status !== 'published' || changesContent(data, originalDoc)
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
  if (endsPublished({ data, draft, originalStatus })) return true
  if (draft || operation === 'create') return false
  return isPublished(collection, id, req)
}

/** Whether deleting the document takes something away from the public. */
export async function deletePublishes(collection: SanitizedCollectionConfig, id: number | string, req: PayloadRequest): Promise<boolean> {
  return hasDrafts(collection) ? isPublished(collection, id, req) : true
}
