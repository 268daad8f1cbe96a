import type { CollectionConfig } from 'payload'

import { accessFor } from '@/access/accessFor'
import { LANGS } from '@/i18n/langs'
import { addressRequestEndpoints } from './endpoints/addressRequest'

/**
 * Readers' e-mail alerts of major changes (double opt-in, src/subscriptions/). The addresses are personal data
 * kept for this alone: no role reads, lists, changes or deletes them through REST, GraphQL or the admin (not
 * even an admin: editors never see subscribers in bulk). The subscription routes write them as the server; a
 * reader's one-click unsubscribe deletes the row, and an unconfirmed one is deleted once its link has expired.
 * An admin answers a data-subject request for one address through `/api/subscriptions/address` (see there).
 */
export const Subscriptions: CollectionConfig = {
  slug: 'subscriptions',
  labels: { singular: { nb: 'Abonnement', en: 'Subscription' }, plural: { nb: 'Abonnementer', en: 'Subscriptions' } },
  access: accessFor('subscriptions'),
  admin: { hidden: true, useAsTitle: 'page' },
  endpoints: addressRequestEndpoints,
  fields: [
    { name: 'email', type: 'email', required: true, index: true, label: { nb: 'E-post', en: 'E-mail' } },
    // 'site' (every major change) or 'articles:<id>' (src/subscriptions/pageKey.ts).
    { name: 'page', type: 'text', required: true, index: true, maxLength: 40, label: { nb: 'Side', en: 'Page' } },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'nb',
      options: LANGS.map((value) => ({ value, label: value })),
      label: { nb: 'Språk', en: 'Language' },
    },
    { name: 'confirmedAt', type: 'date', index: true, label: { nb: 'Bekreftet', en: 'Confirmed' } },
  ],
}
