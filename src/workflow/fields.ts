import type { Field } from 'payload'

import { adminWriteStaffRead, serverOnlyWrite, staffRead, staffReadNote } from '../access/workflowFields'
import { STATE_LABELS, WORKFLOW_STATES } from './states'

/** The review panel in the sidebar (state, comment thread, the transitions the user may ask for). */
export const REVIEW_PANEL = '/src/admin/workflow/ReviewPanel#ReviewPanel'
/** The Publish button that says why the user may not publish, instead of failing. */
export const PUBLISH_BUTTON = '/src/admin/workflow/PublishButton#PublishButton'

export const CHANGE_NOTE_MAX = 500
export const FORCE_REASON_MAX = 1000

const stateOptions = WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS.editorial[value] }))

/**
 * The fields the review workflow adds to a collection with drafts: the `workflow` group (state and when it changed, who changed
 * the content since the last publish, the mark for review afterwards, an admin's reason to force a publish),
 * the change note and the minor-change mark, and the sidebar's review panel. None for a collection without drafts.
 */
export function workflowFields({ drafts }: { drafts: boolean }): Field[] {
  if (!drafts) return []
  return [
    {
      name: 'review',
      type: 'ui',
      label: { nb: 'Gjennomgang', en: 'Review' },
      admin: { position: 'sidebar', components: { Field: REVIEW_PANEL } },
    },
    {
      name: 'changeNote',
      type: 'textarea',
      localized: true,
      maxLength: CHANGE_NOTE_MAX,
      access: staffReadNote,
      label: { nb: 'Endringsmerknad', en: 'Change note' },
      admin: {
        position: 'sidebar',
        description: {
          nb: 'Hva er endret og hvorfor? Vises i den offentlige endringsloggen. Påkrevd ved publisering, med mindre det er en liten endring.',
          en: 'What changed and why? Shown in the public change history. Required to publish, unless it is a minor change.',
        },
      },
    },
    {
      name: 'minorChange',
      type: 'checkbox',
      defaultValue: false,
      access: staffReadNote,
      label: { nb: 'Liten endring (ingen endringsmerknad)', en: 'Minor change (no change note)' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'workflow',
      type: 'group',
      label: { nb: 'Arbeidsflyt', en: 'Workflow' },
      // Shown by the review panel; the group itself stays in the form, so that a force publish can send its reason.
      admin: { position: 'sidebar', hidden: true },
      fields: [
        { name: 'state', type: 'select', options: stateOptions, defaultValue: 'draft', index: true, access: serverOnlyWrite, label: { nb: 'Status', en: 'State' } },
        {
          // When the state last changed (src/workflow/trackWorkflow.ts): how long a submitted entry has waited.
          name: 'stateChangedAt',
          type: 'date',
          index: true,
          access: serverOnlyWrite,
          label: { nb: 'Status endret', en: 'State changed' },
        },
        {
          name: 'changedBy',
          type: 'relationship',
          relationTo: 'users',
          hasMany: true,
          access: { ...staffRead, ...serverOnlyWrite },
          // Set by the server alone: a vendor, who may read no user but itself, saves an entry its colleague
          // changed without Payload's check that it may read every user named here (which would refuse it).
          validate: () => true,
          label: { nb: 'Endret av (siden sist publisering)', en: 'Changed by (since the last publish)' },
        },
        {
          name: 'reviewAfterPublish',
          type: 'checkbox',
          defaultValue: false,
          access: { ...staffRead, ...serverOnlyWrite },
          label: { nb: 'Må gjennomgås etter publisering', en: 'To be reviewed after publishing' },
        },
        {
          name: 'forceReason',
          type: 'textarea',
          maxLength: FORCE_REASON_MAX,
          access: adminWriteStaffRead,
          label: { nb: 'Begrunnelse for tvungen publisering', en: 'Reason for the forced publish' },
        },
      ],
    },
  ]
}
