import type { CollectionConfig } from 'payload'

import { accessFor } from '@/access/accessFor'
import { serverOnlyWrite } from '@/access/workflowFields'
import { REVIEWED_COLLECTIONS, REVIEWED_LABELS } from '@/workflow/collections'
import { STATE_LABELS, WORKFLOW_STATES } from '@/workflow/states'

import { setAuthor } from './hooks/setAuthor'
import { rememberCommentWriteMode, setOwner } from './hooks/setOwner'

export const REVIEW_COMMENT_MAX = 2000

/**
 * The review thread kept with a document (issue 11 item 5): who said what about which document, and the
 * state a review decision moved it to. Append-only: nobody changes or deletes a comment through any API;
 * staff read and write them (POST /api/workflow/transition writes a decision's comment with its transition).
 */
export const ReviewComments: CollectionConfig = {
  slug: 'review-comments',
  labels: { singular: { nb: 'Gjennomgangskommentar', en: 'Review comment' }, plural: { nb: 'Gjennomgangskommentarer', en: 'Review comments' } },
  access: accessFor('review-comments'),
  admin: {
    group: { nb: 'Administrasjon', en: 'Administration' },
    defaultColumns: ['collection', 'docId', 'transition', 'author', 'createdAt'],
  },
  lockDocuments: false,
  defaultSort: 'createdAt',
  hooks: { beforeOperation: [rememberCommentWriteMode], beforeChange: [setAuthor, setOwner] },
  fields: [
    {
      name: 'collection',
      type: 'select',
      required: true,
      index: true,
      options: REVIEWED_COLLECTIONS.map((value) => ({ value, label: REVIEWED_LABELS[value] })),
      label: { nb: 'Samling', en: 'Collection' },
    },
    { name: 'docId', type: 'text', required: true, index: true, maxLength: 64, label: { nb: 'Dokument-id', en: 'Document id' } },
    { name: 'body', type: 'textarea', required: true, maxLength: REVIEW_COMMENT_MAX, label: { nb: 'Kommentar', en: 'Comment' } },
    { name: 'author', type: 'relationship', relationTo: 'users', access: serverOnlyWrite, label: { nb: 'Skrevet av', en: 'Written by' } },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'vendor-organisations',
      index: true,
      access: serverOnlyWrite,
      label: { nb: 'Organisasjon (eier av oppføringen)', en: 'Organisation (owner of the entry)' },
    },
    {
      name: 'transition',
      type: 'select',
      options: WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS.editorial[value] })),
      access: serverOnlyWrite,
      label: { nb: 'Ny status', en: 'New state' },
    },
  ],
}
