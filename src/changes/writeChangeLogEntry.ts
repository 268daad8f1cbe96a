import type { Payload } from 'payload'

import { LANGS, type Lang } from '../i18n/langs'
import { TITLE_FIELD, type LoggedCollection } from './loggedCollections'
import type { PendingChange } from './pendingChanges'

export type ChangeLogEntryInput = {
  collection: LoggedCollection
  docId: number | string
  change: PendingChange
  by: number | string | null
}

/** The document's title in each language it has one in (a field without languages: bokmål, the fallback of all). */
async function titlesOf(payload: Payload, collection: LoggedCollection, id: number | string): Promise<Partial<Record<Lang, string>>> {
  const field = TITLE_FIELD[collection]
  const doc = (await payload.findByID({ collection, id, locale: 'all', depth: 0, overrideAccess: true, disableErrors: true, select: { [field]: true } as never })) as Record<string, unknown> | null
  const value = doc?.[field]
  if (typeof value === 'string') return value ? { nb: value } : {}
  if (!value || typeof value !== 'object') return {}
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => typeof v === 'string' && v !== ''))
}

/**
 * Writes one change-log entry: the note and the page's title in each language they exist in (bokmål first,
 * then the other languages onto the same entry). A system write: nobody may write the log through an API.
 * Runs after the publish is committed, outside its request, so it reads what the publish stored.
 */
export async function writeChangeLogEntry(payload: Payload, { collection, docId, change, by }: ChangeLogEntryInput): Promise<void> {
  const titles = await titlesOf(payload, collection, docId)
  const first: Lang = change.notes.nb ? 'nb' : (LANGS.find((l) => change.notes[l]) ?? 'nb')
  const entry = await payload.create({
    collection: 'change-log',
    locale: first,
    overrideAccess: true,
    data: { collection, docId: String(docId), publishedAt: change.at, note: change.notes[first], title: titles[first] ?? titles.nb, ...(by ? { by } : {}) } as never,
  })
  for (const lang of LANGS.filter((l) => l !== first && (change.notes[l] || titles[l]))) {
    await payload.update({
      collection: 'change-log',
      id: entry.id,
      locale: lang,
      overrideAccess: true,
      data: { ...(change.notes[lang] ? { note: change.notes[lang] } : {}), ...(titles[lang] ? { title: titles[lang] } : {}) } as never,
    })
  }
}
