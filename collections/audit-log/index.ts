import type { CollectionConfig } from 'payload'

import { accessFor } from '@/access/accessFor'
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, AUDIT_LOG } from '@/audit/actions'
import { refuseChanges } from './refuseChanges'

/**
 * Who did what, when: one entry per change, publish, review decision, preview link, login and role change.
 * Written only by the server (src/audit/recordAudit.ts, with overrideAccess); read by admins; nobody creates,
 * changes or deletes an entry through REST, GraphQL (no mutations at all) or the admin.
 */
export const AuditLog: CollectionConfig = {
  slug: AUDIT_LOG,
  labels: {
    singular: { nb: 'Revisjonslogg-oppføring', en: 'Audit log entry' },
    plural: { nb: 'Revisjonslogg', en: 'Audit log' },
  },
  access: accessFor(AUDIT_LOG),
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'actorLabel', 'collection', 'docId', 'fields'],
    listSearchableFields: ['actorLabel', 'docId', 'detail'],
    group: { nb: 'Administrasjon', en: 'Administration' },
    description: {
      nb: 'Hvem som gjorde hva og når. Oppføringene kan ikke endres eller slettes.',
      en: 'Who did what, and when. Entries cannot be changed or deleted.',
    },
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  lockDocuments: false,
  versions: false,
  graphQL: { disableMutations: true },
  hooks: { beforeOperation: [refuseChanges] },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { nb: 'Handling', en: 'Action' },
      options: AUDIT_ACTIONS.map((value) => ({ value, label: AUDIT_ACTION_LABELS[value] })),
      admin: { readOnly: true },
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { nb: 'Bruker', en: 'User' },
      admin: { readOnly: true },
    },
    {
      // The user's e-mail at the time (kept if the account goes), 'system' for jobs, or a failed login's e-mail.
      name: 'actorLabel',
      type: 'text',
      required: true,
      maxLength: 254,
      index: true,
      label: { nb: 'Utført av', en: 'Done by' },
      admin: { readOnly: true },
    },
    {
      name: 'collection',
      type: 'text',
      maxLength: 64,
      index: true,
      label: { nb: 'Samling', en: 'Collection' },
      admin: { readOnly: true },
    },
    { name: 'docId', type: 'text', maxLength: 64, index: true, label: { nb: 'Dokument-ID', en: 'Document ID' }, admin: { readOnly: true } },
    {
      name: 'fields',
      type: 'text',
      hasMany: true,
      label: { nb: 'Endrede felt', en: 'Changed fields' },
      admin: { readOnly: true },
    },
    { name: 'detail', type: 'textarea', maxLength: 2000, label: { nb: 'Detaljer', en: 'Details' }, admin: { readOnly: true } },
  ],
}
