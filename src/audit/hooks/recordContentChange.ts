import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { publishesContent } from '../../access/hooks/publishes'
import { writeModeOf } from '../../access/hooks/writeMode'
import { changedFields } from '../changedFields'
import { recordAudit } from '../recordAudit'
import { takeSaveNote } from '../saveNotes'

async function isPublishedNow(req: PayloadRequest, slug: CollectionSlug, id: number | string): Promise<boolean> {
  const main = (await req.payload.findByID({ collection: slug, id, draft: false, overrideAccess: true, depth: 0, req, disableErrors: true, select: { _status: true } as never })) as {
    _status?: unknown
  } | null
  return main?._status === 'published'
}

/**
 * Records a content change in the audit log: create; publish (publishesContent: the fields that changed for
 * the public, all of them on a first publish); unpublish; or update (the fields changed since the previous version). Autosaves
 * are recorded once per version, at the first autosave of an editing session (the rest rewrite that version
 * in place every few seconds and would be noise); the publish then lists everything that changed. A save that
 * changes nothing is not recorded.
 */
export const recordContentChange: CollectionAfterChangeHook = async ({ collection, data, doc, operation, previousDoc, req }) => {
  const slug = collection.slug as CollectionSlug
  const drafts = Boolean(collection.versions?.drafts)
  if (operation === 'create') {
    await recordAudit(req, { action: 'create', collection: slug, docId: doc.id })
    if (drafts && doc._status === 'published') await recordAudit(req, { action: 'publish', collection: slug, docId: doc.id })
    return doc
  }
  const note = takeSaveNote(req, slug, doc.id)
  if (note.autosave && !note.newAutosaveVersion) return doc
  const fields = (before: Record<string, unknown> | null | undefined) => changedFields(collection.fields, before, doc)
  if (drafts && publishesContent({ data: { ...(data ?? doc), _status: doc._status }, originalDoc: previousDoc, draft: writeModeOf(req, slug).draft })) {
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
