import type { PayloadRequest } from 'payload'

import { organisationOf } from '../access/organisation'
import { OWN_DRAFTS_CONTEXT } from '../access/ownDrafts'
import { confirmationOf, reconfirmMonthsOf, type Attestations } from '../vendors/confirmation'
import { isWorkflowState, type WorkflowState } from '../workflow/states'
import { editHref } from './documents'

/** A re-confirmation this close to its due date is shown as due (issue 12 item 6: the vendor is asked in time). */
export const RECONFIRM_SOON_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

/** The editors' newest comment on the entry's current state: what to change, or why it was rejected. */
export type EntryComment = { body: string; at: string }

export type VendorStartEntry = {
  id: number | string
  title: string
  href: string
  /** The newest version's review state (the draft's, where a newer draft is on top of the approved entry). */
  state: WorkflowState
  updatedAt: string | null
  /** For changes requested and rejected: the editors' latest comment. */
  comment: EntryComment | null
}

export type ReconfirmationEntry = {
  id: number | string
  title: string
  href: string
  confirmedAt: string
  dueAt: string
  overdue: boolean
}

export type VendorStartData = {
  organisation: { id: number | string; name: string } | null
  /** The organisation's entries by the newest draft's review state, newest change first in each. */
  byState: Record<WorkflowState, VendorStartEntry[]>
  /** Approved entries whose attestations are overdue or due within RECONFIRM_SOON_DAYS, soonest first. */
  reconfirmation: ReconfirmationEntry[]
  /** The site setting: how many months attestations stand. */
  reconfirmMonths: number
  /** Where a new entry is created. */
  createHref: string
}

type Doc = { id: number | string; name?: string; updatedAt?: string; workflow?: { state?: unknown }; attestations?: Attestations }

const LIMIT = 200
const emptyGroups = (): Record<WorkflowState, VendorStartEntry[]> => ({ draft: [], 'in-review': [], 'changes-requested': [], published: [], rejected: [] })
const titleOf = (doc: Doc) => (typeof doc.name === 'string' && doc.name ? doc.name : `#${doc.id}`)

/**
 * The editors' latest comment on each entry that was sent back or rejected, keyed by entry id. A system read of
 * the threads of entries the user has just been allowed to read as its own (the matrix gives a vendor its own
 * organisation's threads; this does not depend on how that rule is stored).
 */
async function latestComments(req: PayloadRequest, entries: { id: number | string; state: WorkflowState }[]): Promise<Map<string, EntryComment>> {
  const result = new Map<string, EntryComment>()
  if (entries.length === 0) return result
  const { docs } = await req.payload.find({
    collection: 'review-comments',
    where: { and: [{ collection: { equals: 'vendors' } }, { docId: { in: entries.map((e) => String(e.id)) } }] },
    sort: '-createdAt',
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const stateOf = new Map(entries.map((e) => [String(e.id), e.state]))
  for (const comment of docs as unknown as { docId: string; body: string; transition?: string | null; createdAt: string }[]) {
    if (result.has(comment.docId) || comment.transition !== stateOf.get(comment.docId)) continue
    result.set(comment.docId, { body: comment.body, at: comment.createdAt })
  }
  return result
}

/** The organisation's approved entries whose attestations need confirming now or soon. */
function reconfirmationOf(published: Doc[], months: number, now: Date): ReconfirmationEntry[] {
  return published
    .map((doc) => ({ doc, confirmation: confirmationOf(doc.attestations, months, now) }))
    .filter(({ confirmation }) => confirmation.dueAt !== null && new Date(confirmation.dueAt).getTime() - now.getTime() <= RECONFIRM_SOON_DAYS * DAY_MS)
    .map(({ doc, confirmation }) => ({
      id: doc.id,
      title: titleOf(doc),
      href: editHref('vendors', doc.id),
      confirmedAt: confirmation.confirmedAt!,
      dueAt: confirmation.dueAt!,
      overdue: confirmation.overdue,
    }))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
}

/**
 * A vendor's start page in the admin (src/admin/dashboard/VendorStart.tsx): its organisation's entries by the
 * newest draft's review state, with the editors' latest comment where they asked for changes or rejected, and the
 * approved entries due or overdue for re-confirmation (confirmationOf with the site setting reconfirmMonths).
 * Entries are read as the user (access checks on), so a vendor sees its own organisation's only.
 */
export async function vendorStartData(req: PayloadRequest, now: Date = new Date()): Promise<VendorStartData> {
  const byState = emptyGroups()
  const organisationId = organisationOf(req.user)
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false, user: req.user, req })
  const reconfirmMonths = reconfirmMonthsOf((settings as { reconfirmMonths?: unknown }).reconfirmMonths)
  const createHref = '/admin/collections/vendors/create'
  if (organisationId === undefined) return { organisation: null, byState, reconfirmation: [], reconfirmMonths, createHref }

  const asUser = { depth: 0, overrideAccess: false, user: req.user, req } as const
  const own = { owner: { equals: organisationId } }
  const [organisation, newest, published] = await Promise.all([
    req.payload.findByID({ collection: 'vendor-organisations', id: organisationId, ...asUser, disableErrors: true }),
    // Only its own entries: their newest drafts, as the admin's list shows them (src/hooks/readPublishedOnlyForPublic.ts).
    req.payload.find({ collection: 'vendors', where: own, draft: true, sort: '-updatedAt', limit: LIMIT, context: { [OWN_DRAFTS_CONTEXT]: true }, ...asUser }),
    req.payload.find({ collection: 'vendors', where: { and: [own, { _status: { equals: 'published' } }] }, draft: false, limit: LIMIT, ...asUser }),
  ])

  const entries = (newest.docs as unknown as Doc[]).map((doc) => ({
    doc,
    state: isWorkflowState(doc.workflow?.state) ? doc.workflow.state : ('draft' as WorkflowState),
  }))
  const comments = await latestComments(
    req,
    entries.filter((e) => e.state === 'changes-requested' || e.state === 'rejected').map((e) => ({ id: e.doc.id, state: e.state })),
  )
  for (const { doc, state } of entries) {
    byState[state].push({
      id: doc.id,
      title: titleOf(doc),
      href: editHref('vendors', doc.id),
      state,
      updatedAt: doc.updatedAt ?? null,
      comment: comments.get(String(doc.id)) ?? null,
    })
  }
  const name = (organisation as { name?: string } | null)?.name
  return {
    organisation: { id: organisationId, name: typeof name === 'string' ? name : `#${organisationId}` },
    byState,
    reconfirmation: reconfirmationOf(published.docs as unknown as Doc[], reconfirmMonths, now),
    reconfirmMonths,
    createHref,
  }
}
