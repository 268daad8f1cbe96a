import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { noteSave, peekSaveNote } from '../saveNotes'

/**
 * Before an update of a collection with drafts, notes what the public saw (the published document, if any),
 * so that a publish lists what changed for the public and a save that takes the document down is recorded as
 * an unpublish; and whether an autosave starts a new version or rewrites the autosave version in place.
 */
export const notePublishedState: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc?.id || !collection.versions?.drafts) return data
  const slug = collection.slug as CollectionSlug
  const id = originalDoc.id as number | string
  const main = (await req.payload.findByID({ collection: slug, id, draft: false, overrideAccess: true, depth: 0, locale: req.locale ?? undefined, req, disableErrors: true })) as Record<
    string,
    unknown
  > | null
  let newAutosaveVersion = false
  if (peekSaveNote(req, slug, id).autosave) {
    const { docs } = await req.payload.db.findVersions({ collection: slug, where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, pagination: false, req })
    newAutosaveVersion = !(docs[0] as { autosave?: boolean } | undefined)?.autosave
  }
  noteSave(req, slug, id, { published: main?._status === 'published' ? main : null, newAutosaveVersion })
  return data
}
