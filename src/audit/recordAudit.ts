import type { CollectionSlug, PayloadRequest } from 'payload'

import { AUDIT_LOG, SYSTEM_ACTOR, type AuditAction } from './actions'

export type { AuditAction } from './actions'

type Actor = { id: number | string; email?: unknown; collection?: unknown }

export type AuditEntry = {
  action: AuditAction
  collection?: string
  docId?: string | number
  /** For updates: the names of the fields that changed. */
  fields?: string[]
  detail?: string
  /**
   * Who acted, when it is not `req.user` (an afterLogin hook, where Payload has not set req.user yet).
   * `null` records no user: the label then says who (a failed login's e-mail) or 'system'.
   */
  actor?: Actor | null
  /** The label of an actor without an account: the e-mail a failed login tried. Defaults to the user's e-mail or 'system'. */
  actorLabel?: string
}

const DETAIL_MAX = 2000
const LABEL_MAX = 254

function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value
}

/**
 * Appends one entry to the audit log, in `req`'s transaction (rolled back with the change it records). The
 * actor is req.user (or `entry.actor`); without one the entry says 'system'. The only door into the log:
 * nobody may write it through an API (collections/audit-log/).
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const actor = (entry.actor !== undefined ? entry.actor : req.user) as Actor | null | undefined
  const isUser = Boolean(actor && (actor.collection === undefined || actor.collection === 'users'))
  const label = entry.actorLabel ?? (isUser && typeof actor?.email === 'string' ? actor.email : SYSTEM_ACTOR)
  await req.payload.create({
    collection: AUDIT_LOG as CollectionSlug,
    data: {
      action: entry.action,
      actor: isUser ? actor!.id : null,
      actorLabel: clip(label, LABEL_MAX),
      collection: entry.collection,
      docId: entry.docId === undefined ? undefined : String(entry.docId),
      fields: entry.fields && entry.fields.length > 0 ? entry.fields : undefined,
      detail: entry.detail === undefined ? undefined : clip(entry.detail, DETAIL_MAX),
    } as never,
    req,
    overrideAccess: true,
    depth: 0,
  })
}
