import type { RelationshipField } from 'payload'

import { fieldAccessFor } from '../access/fieldAccessFor'
import { constrainOwner } from '../access/hooks'

/**
 * The vendor organisation that owns an entry: its members may keep it (`'own'` in the roles matrix). Staff
 * choose it; a vendor's new entry gets the vendor's own organisation.
 */
export function ownerField(): RelationshipField {
  return {
    name: 'owner',
    type: 'relationship',
    relationTo: 'vendor-organisations',
    index: true,
    label: { nb: 'Eier (leverandørorganisasjon)', en: 'Owner (vendor organisation)' },
    access: fieldAccessFor('vendors.owner'),
    hooks: { beforeValidate: [constrainOwner] },
    admin: {
      position: 'sidebar',
      description: {
        nb: 'Organisasjonen som holder oppføringen oppdatert. Bare redaksjonen kan endre den.',
        en: 'The organisation that keeps the entry up to date. Only the editors can change it.',
      },
    },
  }
}
