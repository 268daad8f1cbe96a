import type { CollectionConfig } from 'payload'

import { accessFor } from '@/access/accessFor'
import { WITHDRAWABLE } from '@/withdrawal/addresses'
import { WITHDRAWALS } from '@/withdrawal/slugs'

/**
 * Pages taken off the site with a reason ("Trekk tilbake", src/withdrawal/): which document, every language's
 * address it had, and either the public explanation its addresses show with status 410 or (mode 'redirect')
 * nothing more, the redirects being in `redirects`. Public to read (the explanation is public), written only by
 * the withdraw endpoint; a publish of the document removes it.
 */
export const Withdrawals: CollectionConfig = {
  slug: WITHDRAWALS,
  labels: { singular: { nb: 'Tilbaketrekking', en: 'Withdrawal' }, plural: { nb: 'Tilbaketrukne sider', en: 'Withdrawn pages' } },
  access: accessFor(WITHDRAWALS),
  admin: { group: { nb: 'Innhold', en: 'Content' }, useAsTitle: 'docId', defaultColumns: ['collection', 'docId', 'mode', 'createdAt'] },
  fields: [
    {
      name: 'collection',
      type: 'select',
      required: true,
      index: true,
      options: WITHDRAWABLE.map((value) => ({ value, label: value })),
      label: { nb: 'Samling', en: 'Collection' },
      admin: { readOnly: true },
    },
    { name: 'docId', type: 'text', required: true, index: true, label: { nb: 'Dokument', en: 'Document' }, admin: { readOnly: true } },
    {
      name: 'mode',
      type: 'select',
      required: true,
      options: [
        { value: 'gone', label: { nb: 'Borte (410)', en: 'Gone (410)' } },
        { value: 'redirect', label: { nb: 'Videresendt', en: 'Redirected' } },
      ],
      label: { nb: 'Måte', en: 'Mode' },
      admin: { readOnly: true },
    },
    {
      name: 'explanation',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: { nb: 'Offentlig forklaring', en: 'Public explanation' },
      admin: { readOnly: true },
    },
    {
      name: 'addresses',
      type: 'array',
      label: { nb: 'Adresser', en: 'Addresses' },
      admin: { readOnly: true },
      fields: [{ name: 'path', type: 'text', required: true, index: true, label: { nb: 'Adresse', en: 'Address' } }],
    },
  ],
}
