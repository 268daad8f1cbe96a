import type { CollectionSlug, PayloadRequest } from 'payload'

import { isStaff } from '../access/isStaff'
import { AUDIT_LOG } from '../audit/actions'

/** The audit actions that change a document's content (what a stale copy misses). */
const EDITS = ['create', 'update', 'publish', 'unpublish', 'restore', 'force-publish', 'withdraw']

type Editor = { name?: unknown; email?: unknown } | number | string | null | undefined

/**
 * Who made the stored change (written at `storedAt`), from the audit log: the first entry for the document at or
 * after that time is the one that recorded it (entries are written just after the write). A name for staff to
 * read, so that they know whom to ask; nobody else is told a name (a vendor is not shown who in the editorial
 * team changed its entry). Undefined when no entry covers the change (the log records one entry per autosave
 * version, not each autosave that rewrites it) or the log cannot be read: the message then names nobody
 * rather than the wrong person.
 */
export async function lastEditorName(req: PayloadRequest, collection: string, id: number | string, storedAt: Date): Promise<string | undefined> {
  if (!isStaff({ req }) || !req.payload.collections[AUDIT_LOG as CollectionSlug]) return undefined
  try {
    const { docs } = await req.payload.find({
      collection: AUDIT_LOG as CollectionSlug,
      where: {
        and: [
          { collection: { equals: collection } },
          { docId: { equals: String(id) } },
          { action: { in: EDITS } },
          { createdAt: { greater_than_equal: storedAt.toISOString() } },
        ],
      },
      sort: 'createdAt',
      limit: 1,
      depth: 1,
      overrideAccess: true,
      req,
    })
    const actor = (docs[0] as { actor?: Editor } | undefined)?.actor
    if (!actor || typeof actor !== 'object') return undefined
    if (typeof actor.name === 'string' && actor.name.trim()) return actor.name.trim()
    return typeof actor.email === 'string' ? actor.email : undefined
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `staleSave: could not read who last changed ${collection} ${id}` })
    return undefined
  }
}
