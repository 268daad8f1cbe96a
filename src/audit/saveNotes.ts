import type { PayloadRequest } from 'payload'

/** What a save looked like before it ran, per document, kept on the request between its hooks. */
export type SaveNote = {
  /** The save is an autosave (the operation's args say so; the hooks after it are not told). */
  autosave: boolean
  /** The autosave starts a new version (the first of an editing session) rather than rewriting one. */
  newAutosaveVersion: boolean
  /** What the public saw before the save: the published document, or null. */
  published: Record<string, unknown> | null
}

const NOTES = Symbol.for('videoveileder.audit.saveNotes')
type WithNotes = { [NOTES]?: Map<string, Partial<SaveNote>> }

const keyOf = (slug: string, id: unknown) => `${slug}:${String(id)}`

function notesOf(req: PayloadRequest): Map<string, Partial<SaveNote>> {
  const context = req.context as WithNotes
  return (context[NOTES] ??= new Map())
}

/** Adds to what is noted about a save of one document. */
export function noteSave(req: PayloadRequest, slug: string, id: unknown, note: Partial<SaveNote>): void {
  const notes = notesOf(req)
  notes.set(keyOf(slug, id), { ...notes.get(keyOf(slug, id)), ...note })
}

/** What was noted about a save of one document, once: the note is gone after it is taken. */
export function takeSaveNote(req: PayloadRequest, slug: string, id: unknown): Partial<SaveNote> {
  const notes = notesOf(req)
  const note = notes.get(keyOf(slug, id)) ?? {}
  notes.delete(keyOf(slug, id))
  return note
}

/** What was noted so far, without taking it. */
export function peekSaveNote(req: PayloadRequest, slug: string, id: unknown): Partial<SaveNote> {
  return notesOf(req).get(keyOf(slug, id)) ?? {}
}
