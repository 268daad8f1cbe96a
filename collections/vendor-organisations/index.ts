import type { CollectionConfig } from 'payload'

import { accessFor } from '@/access/accessFor'
import { fieldAccessFor } from '@/access/fieldAccessFor'
import { organisationNumberField } from '@/fields/organisationNumberField'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateContent'

/**
 * The companies behind the vendor entries. A vendor user is a member of one (`users.organisation`) and keeps
 * the entries it owns (`vendors.owner`); people come and go, the organisation stays. Staff manage them.
 */
export const VendorOrganisations: CollectionConfig = {
  slug: 'vendor-organisations',
  labels: {
    singular: { nb: 'Leverandørorganisasjon', en: 'Vendor organisation' },
    plural: { nb: 'Leverandørorganisasjoner', en: 'Vendor organisations' },
  },
  access: accessFor('vendor-organisations'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisationNumber', 'updatedAt'],
    group: { nb: 'Administrasjon', en: 'Administration' },
  },
  defaultSort: 'name',
  // The vendor pages show the owner's name and number (src/content/vendors.ts reads them under 'vendors').
  hooks: { afterChange: [revalidateAfterChange('vendors')], afterDelete: [revalidateAfterDelete('vendors')] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 160, label: { nb: 'Navn', en: 'Name' } },
    // Unique when given; not required, because staff may list a company before they have its number (the
    // vendor registration of a later issue asks for it).
    organisationNumberField({ unique: true }),
    {
      name: 'members',
      type: 'join',
      collection: 'users',
      on: 'organisation',
      label: { nb: 'Medlemmer', en: 'Members' },
      // A join field is only ever read.
      access: { read: fieldAccessFor('vendor-organisations.members').read },
      admin: { defaultColumns: ['name', 'email'] },
    },
  ],
}
