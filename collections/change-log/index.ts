import type { CollectionConfig } from 'payload'

import { accessFor } from '@/access/accessFor'
import { fieldAccessFor } from '@/access/fieldAccessFor'
import { LOGGED_COLLECTION_LABELS, LOGGED_COLLECTIONS } from '@/changes/loggedCollections'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateContent'

/**
 * The public change history: one entry per published major change, with the editor's change note (GOV.UK's
 * "change notes"). Written only by the server, after the publish is committed (src/changes/); anyone reads it,
 * nobody creates, changes or deletes an entry through REST, GraphQL or the admin. Who published is staff-only.
 */
export const ChangeLog: CollectionConfig = {
  slug: 'change-log',
  labels: { singular: { nb: 'Endring', en: 'Change' }, plural: { nb: 'Endringslogg', en: 'Change log' } },
  access: accessFor('change-log'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['publishedAt', 'collection', 'title', 'note'],
    group: { nb: 'Innhold', en: 'Content' },
  },
  defaultSort: '-publishedAt',
  hooks: { afterChange: [revalidateAfterChange('change-log')], afterDelete: [revalidateAfterDelete('change-log')] },
  fields: [
    {
      name: 'collection',
      type: 'select',
      required: true,
      index: true,
      options: LOGGED_COLLECTIONS.map((value) => ({ value, label: LOGGED_COLLECTION_LABELS[value] })),
      label: { nb: 'Samling', en: 'Collection' },
      admin: { readOnly: true },
    },
    { name: 'docId', type: 'text', required: true, index: true, label: { nb: 'Dokument', en: 'Document' }, admin: { readOnly: true } },
    { name: 'publishedAt', type: 'date', required: true, index: true, label: { nb: 'Publisert', en: 'Published' }, admin: { readOnly: true } },
    // The page's title when the change was published, so that the site's history can name it without a read per entry.
    { name: 'title', type: 'text', localized: true, maxLength: 300, label: { nb: 'Side', en: 'Page' }, admin: { readOnly: true } },
    { name: 'note', type: 'textarea', localized: true, maxLength: 500, label: { nb: 'Endringsnotat', en: 'Change note' }, admin: { readOnly: true } },
    {
      name: 'by',
      type: 'relationship',
      relationTo: 'users',
      label: { nb: 'Publisert av', en: 'Published by' },
      access: fieldAccessFor('change-log.by'),
      admin: { readOnly: true },
    },
  ],
}
