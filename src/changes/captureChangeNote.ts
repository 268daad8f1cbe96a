import type { FieldHook } from 'payload'

import { publishesContent } from '../access/hooks/publishes'
import { writeModeOf } from '../access/hooks/writeMode'
import { LANGS, type Lang } from '../i18n/langs'
import { rememberChange } from './pendingChanges'

type Doc = { id?: number | string; _status?: unknown; changeNote?: unknown; minorChange?: unknown }

const noteOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

/**
 * The `beforeChange` hook of `lastMajorChangeAt`. On a publish (publishesContent: the save the second pair of
 * eyes and the change-note rule checked, or a system publish; never a save of only a note onto a published
 * document, which publishes nothing and is told to nobody): a major one (not `minorChange`) sets the date
 * and keeps the change note, in every language it was written in, for the change log (src/changes/logMajorChange);
 * every publish then clears the note and the tick in the document it stores, so the next publish needs a note
 * of its own (the log keeps this one). Why here, in a field hook: it is the publish's own save, so no second
 * version appears, and a field hook sees the stored note in the other languages (`siblingDocWithLocales`),
 * which Payload merges into what it stores after every field's hooks and checks have run.
 */
export const captureChangeNote: FieldHook = ({ collection, data, originalDoc, req, siblingData, siblingDocWithLocales, value }) => {
  if (!collection) return value
  const incoming = (siblingData ?? {}) as Doc
  const stored = (siblingDocWithLocales ?? {}) as Doc
  const draft = writeModeOf(req, collection.slug).draft
  if (!publishesContent({ data: (data ?? incoming) as Record<string, unknown>, originalDoc: originalDoc as Record<string, unknown> | undefined, draft })) return value
  const minor = (incoming.minorChange ?? stored.minorChange) === true
  const storedNotes = (stored.changeNote && typeof stored.changeNote === 'object' ? stored.changeNote : {}) as Partial<Record<Lang, unknown>>
  const locale = (req.locale ?? 'nb') as Lang
  const notes: Partial<Record<Lang, string>> = {}
  for (const lang of LANGS) {
    const note = noteOf(lang === locale && incoming.changeNote !== undefined ? incoming.changeNote : storedNotes[lang])
    if (note) notes[lang] = note
  }
  // Cleared in every language: in this one through the incoming data, in the others through the stored copy
  // Payload merges them from.
  if ('changeNote' in stored || 'changeNote' in incoming) {
    incoming.changeNote = null
    if (stored.changeNote && typeof stored.changeNote === 'object') {
      for (const lang of LANGS) (stored.changeNote as Record<string, unknown>)[lang] = null
    }
  }
  if ('minorChange' in stored || 'minorChange' in incoming) incoming.minorChange = false
  if (minor) return value
  const at = new Date().toISOString()
  if (Object.keys(notes).length > 0) rememberChange(req, collection.slug, (originalDoc as Doc | undefined)?.id, { notes, at })
  return at
}
