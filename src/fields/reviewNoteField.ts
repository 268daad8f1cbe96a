import type { TextareaField } from 'payload'

import { isStaffField } from '../access/isStaff'

/** An editor's note on what still needs checking (why an entry is a draft). Staff only, never public. */
export function reviewNoteField(): TextareaField {
  return {
    name: 'reviewNote',
    type: 'textarea',
    maxLength: 1000,
    label: { nb: 'Merknad til redaksjonen', en: 'Note for editors' },
    access: { read: isStaffField, create: isStaffField, update: isStaffField },
    admin: {
      position: 'sidebar',
      description: { nb: 'Vises aldri offentlig.', en: 'Never shown publicly.' },
    },
  }
}
