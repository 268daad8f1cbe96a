/**
 * The one review state machine of every versioned document (articles, vendors, tariffs, research links), also
 * the one issue 12's vendor review uses (draft -> submitted -> changes requested <-> submitted -> approved or
 * rejected). Pure: no Payload here, so the admin, the endpoints, the hooks and the unit tests read the same rules.
 */
export const WORKFLOW_STATES = ['draft', 'in-review', 'changes-requested', 'published', 'rejected'] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

/**
 * Who takes a transition: `author` is anyone who may update the document (its editors; a vendor on its own
 * entry), `reviewer` is staff (editors and admins). Staff are both.
 */
export type ActorKind = 'author' | 'reviewer'

/**
 * How a transition happens: `request` through POST /api/workflow/transition, `publish` only by publishing
 * (the publish rules apply), `save` by the server when a new draft is saved.
 */
export type TransitionVia = 'request' | 'publish' | 'save'

export type Transition = {
  from: WorkflowState
  to: WorkflowState
  by: ActorKind
  via: TransitionVia
  /** The transition needs a comment saying why (what to change, why refused). */
  commentRequired: boolean
}

export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'in-review', by: 'author', via: 'request', commentRequired: false },
  { from: 'in-review', to: 'changes-requested', by: 'reviewer', via: 'request', commentRequired: true },
  { from: 'changes-requested', to: 'in-review', by: 'author', via: 'request', commentRequired: false },
  { from: 'in-review', to: 'published', by: 'reviewer', via: 'publish', commentRequired: false },
  { from: 'in-review', to: 'rejected', by: 'reviewer', via: 'request', commentRequired: true },
  { from: 'published', to: 'draft', by: 'author', via: 'save', commentRequired: false },
  // New content in review has not been reviewed: it is a draft again and is sent for review again, so that a
  // publish (a scheduled one too) never puts out what no reviewer has seen. Asked-for changes stay asked for.
  { from: 'in-review', to: 'draft', by: 'author', via: 'save', commentRequired: false },
  // A rejected entry that its author changes again starts over as a draft (issue 12: a vendor may try again).
  { from: 'rejected', to: 'draft', by: 'author', via: 'save', commentRequired: false },
]

export const isWorkflowState = (value: unknown): value is WorkflowState =>
  typeof value === 'string' && (WORKFLOW_STATES as readonly string[]).includes(value)

const kindsOf = (actor: ActorKind | readonly ActorKind[]): readonly ActorKind[] => (typeof actor === 'string' ? [actor] : actor)

/** The transition from one state to another, if the machine has one. */
export function transitionOf(from: WorkflowState, to: WorkflowState): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to)
}

/**
 * The transitions an actor may ask for from a state (`via` 'request' by default: what the review buttons
 * offer). Staff pass both kinds.
 */
export function nextStates(state: WorkflowState, actor: ActorKind | readonly ActorKind[], via: TransitionVia = 'request'): WorkflowState[] {
  const kinds = kindsOf(actor)
  return TRANSITIONS.filter((t) => t.from === state && t.via === via && kinds.includes(t.by)).map((t) => t.to)
}

/** Whether an actor may take the transition from `from` to `to` in the way named (`via`). */
export function canTransition(from: WorkflowState, to: WorkflowState, actor: ActorKind | readonly ActorKind[], via: TransitionVia = 'request'): boolean {
  return nextStates(from, actor, via).includes(to)
}

/** Whether the transition needs a comment; false for one the machine does not have. */
export function commentRequired(from: WorkflowState, to: WorkflowState): boolean {
  return transitionOf(from, to)?.commentRequired === true
}

/** The state after saving content: a published, rejected or in-review document with new content is a draft again. */
export function stateAfterDraftSave(state: WorkflowState): WorkflowState {
  const save = TRANSITIONS.find((t) => t.from === state && t.via === 'save')
  return save ? save.to : state
}

/** Which words the admin uses: the directorate's editorial content, or a vendor's own entry (issue 12). */
export type EntryKind = 'editorial' | 'vendor'

export type Label = { nb: string; en: string }

export const STATE_LABELS: Record<EntryKind, Record<WorkflowState, Label>> = {
  editorial: {
    draft: { nb: 'Utkast', en: 'Draft' },
    'in-review': { nb: 'Klar til gjennomgang', en: 'Ready for review' },
    'changes-requested': { nb: 'Endringer ønsket', en: 'Changes requested' },
    published: { nb: 'Publisert', en: 'Published' },
    rejected: { nb: 'Avvist', en: 'Rejected' },
  },
  vendor: {
    draft: { nb: 'Utkast', en: 'Draft' },
    'in-review': { nb: 'Sendt inn', en: 'Submitted' },
    'changes-requested': { nb: 'Endringer ønsket', en: 'Changes requested' },
    published: { nb: 'Godkjent', en: 'Approved' },
    rejected: { nb: 'Avvist', en: 'Rejected' },
  },
}

/** What the button that asks for a transition says, by the state it moves to. */
export const ACTION_LABELS: Record<EntryKind, Partial<Record<WorkflowState, Label>>> = {
  editorial: {
    'in-review': { nb: 'Send til gjennomgang', en: 'Send for review' },
    'changes-requested': { nb: 'Be om endringer', en: 'Request changes' },
    rejected: { nb: 'Avvis', en: 'Reject' },
  },
  vendor: {
    'in-review': { nb: 'Send inn', en: 'Submit' },
    'changes-requested': { nb: 'Be om endringer', en: 'Request changes' },
    rejected: { nb: 'Avvis', en: 'Reject' },
  },
}

/** Vendor entries are a vendor's own (issue 12); everything else is the directorate's editorial content. */
export const entryKindOf = (collection: string): EntryKind => (collection === 'vendors' ? 'vendor' : 'editorial')

/** A state's label for a collection, in the admin's language (bokmål unless English). */
export function stateLabel(state: WorkflowState, collection: string, language?: string): string {
  const label = STATE_LABELS[entryKindOf(collection)][state]
  return language === 'en' ? label.en : label.nb
}
