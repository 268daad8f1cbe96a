import type { PayloadRequest } from 'payload'

import type { Lang } from '../i18n/langs'

/** A major change captured while its publish is saved: the note in each language it was written in, and when. */
export type PendingChange = { notes: Partial<Record<Lang, string>>; at: string }

const KEY = 'videoveileder.changes.pending'

type Pending = Map<string, PendingChange>

const keyOf = (slug: string, id: number | string | undefined) => `${slug}:${id ?? 'new'}`

function pendingOf(req: Pick<PayloadRequest, 'context'>): Pending {
  return ((req.context[KEY] as Pending | undefined) ??= new Map())
}

/** Keeps a major change of one document for its afterChange (the note is cleared from the stored document). */
export function rememberChange(req: Pick<PayloadRequest, 'context'>, slug: string, id: number | string | undefined, change: PendingChange): void {
  pendingOf(req).set(keyOf(slug, id), change)
}

/** The major change captured for this document in this request, once: a create's is kept under no id. */
export function takeChange(req: Pick<PayloadRequest, 'context'>, slug: string, id: number | string): PendingChange | undefined {
  const pending = pendingOf(req)
  for (const key of [keyOf(slug, id), keyOf(slug, undefined)]) {
    const change = pending.get(key)
    if (change) {
      pending.delete(key)
      return change
    }
  }
  return undefined
}
