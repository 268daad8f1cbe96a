import type { TextareaField } from 'payload'

import { fieldAccessFor } from '../access/fieldAccessFor'

/** An editor's note on what still needs checking (why an entry is a draft). Staff only (the field matrix), never public. */
export function reviewNoteField(collection: 'vendors' | 'tariffs'): TextareaField {
  return {
    name: 'reviewNote',
    type: 'textarea',
    maxLength: 1000,
    label: { nb: 'Merknad til redaksjonen', en: 'Note for editors' },
    access: fieldAccessFor(`${collection}.reviewNote`),
    admin: {
      position: 'sidebar',
      description: { nb: 'Vises aldri offentlig.', en: 'Never shown publicly.' },
    },
  }
}
