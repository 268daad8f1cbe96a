import type { PayloadRequest } from 'payload'

import { idOf } from '../access/organisation'
import { changesContent, publishesContent } from '../access/hooks/publishes'
import { writeModeOf } from '../access/hooks/writeMode'
import { isWorkflowState, type WorkflowState } from './states'

type Doc = Record<string, unknown>
type Id = number | string

export type WorkflowValue = { state?: unknown; changedBy?: unknown; reviewAfterPublish?: unknown; forceReason?: unknown; stateChangedAt?: unknown }

export const workflowOf = (doc: Doc | undefined): WorkflowValue => ((doc?.workflow ?? {}) as WorkflowValue)

export const stateOf = (doc: Doc | undefined): WorkflowState => {
  const state = workflowOf(doc).state
  return isWorkflowState(state) ? state : 'draft'
}

export const changedByOf = (doc: Doc | undefined): Id[] => {
  const list = workflowOf(doc).changedBy
  return Array.isArray(list) ? list.map((v) => idOf(v as never)).filter((v): v is Id => v !== undefined) : []
}

/** What one save is, for the workflow's hooks. */
export type SaveFacts = {
  /** A user's save with access checks on (the admin, REST, GraphQL, a scheduled job run as its scheduler). */
  byUser: boolean
  userId: Id | undefined
  changes: boolean
  /** The save makes public what was not: the main document ends published with content not yet published. */
  publishing: boolean
  /** Who changed the content since the last publish, this save included. */
  changedBy: Id[]
}

export function saveFacts(args: { data: Doc; originalDoc: Doc | undefined; req: PayloadRequest; slug: string }): SaveFacts {
  const { data, originalDoc, req, slug } = args
  const user = req.user as { id?: Id; collection?: string } | null | undefined
  const userId = user && (user.collection === undefined || user.collection === 'users') ? user.id : undefined
  const changes = changesContent(data, originalDoc)
  const publishing = publishesContent({ data, originalDoc, draft: writeModeOf(req, slug).draft })
  const stored = changedByOf(originalDoc)
  const changedBy = changes && userId !== undefined && !stored.some((id) => String(id) === String(userId)) ? [...stored, userId] : stored
  return { byUser: userId !== undefined && !writeModeOf(req, slug).overrideAccess, userId, changes, publishing, changedBy }
}
