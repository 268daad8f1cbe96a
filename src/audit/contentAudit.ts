import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { changedFields } from './changedFields'
import { recordAudit } from './recordAudit'

type Doc = Record<string, unknown>
/** What a save looked like before it ran, per document, kept on the request between its hooks. */
type Before = { autosave: boolean; newAutosaveVersion: boolean; published: Doc | null }
const BEFORE = Symbol.for('videoveileder.audit.before')
type WithBefore = { [BEFORE]?: Map<string, Partial<Before>> }

function notes(req: PayloadRequest): Map<string, Partial<Before>> {
  const context = req.context as WithBefore
  return (context[BEFORE] ??= new Map())
}
const keyOf = (slug: string, id: unknown) => `${slug}:${String(id)}`

/** An update's operation args say whether it is an autosave (the hooks after it are not told). */
export const noteAutosave: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const { id, autosave } = (args ?? {}) as { id?: number | string; autosave?: boolean }
  if (operation === 'update' && id !== undefined) {
    const note = notes(req).get(keyOf(collection.slug, id)) ?? {}
    notes(req).set(keyOf(collection.slug, id), { ...note, autosave: Boolean(autosave) })
  }
  return args
}

/**
 * Before an update of a collection with drafts: what the public saw (the published document, if any), so a
 * publish lists what changed for the public and a save that takes the document down is an unpublish; and
 * whether an autosave starts a new version (the first) or rewrites the autosave version in place (the rest).
 */
export const notePublishedState: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc?.id || !collection.versions?.drafts) return data
  const slug = collection.slug as CollectionSlug
  const key = keyOf(slug, originalDoc.id)
  const note = notes(req).get(key) ?? {}
  const main = (await req.payload.findByID({ collection: slug, id: originalDoc.id, draft: false, overrideAccess: true, depth: 0, locale: req.locale ?? undefined, req, disableErrors: true })) as Doc | null
  let newAutosaveVersion = false
  if (note.autosave) {
    const { docs } = await req.payload.db.findVersions({ collection: slug, where: { parent: { equals: originalDoc.id } }, sort: '-updatedAt', limit: 1, pagination: false, req })
    newAutosaveVersion = !(docs[0] as { autosave?: boolean } | undefined)?.autosave
  }
  notes(req).set(key, { ...note, published: main?._status === 'published' ? main : null, newAutosaveVersion })
  return data
}

async function isPublishedNow(req: PayloadRequest, slug: CollectionSlug, id: number | string): Promise<boolean> {
  const main = (await req.payload.findByID({ collection: slug, id, draft: false, overrideAccess: true, depth: 0, req, disableErrors: true, select: { _status: true } as never })) as Doc | null
  return main?._status === 'published'
}

/**
 * Records a content change in the audit log: create; publish (the fields that changed for the public, all of
 * them on a first publish);
 * unpublish; or update (the fields changed since the previous version). Autosaves are recorded once per
 * version, at the first autosave of an editing session (the rest rewrite that version in place and would be
 * noise every few seconds); the publish then lists everything that changed. A save that changes nothing is
 * not recorded.
 */
export const auditChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  const slug = collection.slug as CollectionSlug
  const drafts = Boolean(collection.versions?.drafts)
  if (operation === 'create') {
    await recordAudit(req, { action: 'create', collection: slug, docId: doc.id })
    if (drafts && doc._status === 'published') await recordAudit(req, { action: 'publish', collection: slug, docId: doc.id })
    return doc
  }
  const key = keyOf(slug, doc.id)
  const note = notes(req).get(key) ?? {}
  notes(req).delete(key)
  if (note.autosave && !note.newAutosaveVersion) return doc
  const fields = (before: Doc | null | undefined) => changedFields(collection.fields, before, doc)
  if (drafts && doc._status === 'published') {
    // What changed for the public: against the published document, or everything on a first publish.
    await recordAudit(req, { action: 'publish', collection: slug, docId: doc.id, fields: fields(note.published ?? {}) })
    return doc
  }
  if (drafts && note.published && !(await isPublishedNow(req, slug, doc.id))) {
    await recordAudit(req, { action: 'unpublish', collection: slug, docId: doc.id, fields: fields(previousDoc) })
    return doc
  }
  const changed = fields(previousDoc)
  if (changed.length > 0) await recordAudit(req, { action: 'update', collection: slug, docId: doc.id, fields: changed, ...(note.autosave ? { detail: 'autosave' } : {}) })
  return doc
}

/** Records a deleted document (a bulk delete records one entry per document). */
export const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  await recordAudit(req, { action: 'delete', collection: collection.slug, docId: id ?? doc?.id })
  return doc
}

/** The 'audit' shared part's hooks for one content collection (src/collections/contentCollection.ts). */
export function contentAuditHooks(): NonNullable<CollectionConfig['hooks']> {
  return {
    beforeOperation: [noteAutosave],
    beforeChange: [notePublishedState],
    afterChange: [auditChange],
    afterDelete: [auditDelete],
  }
}
