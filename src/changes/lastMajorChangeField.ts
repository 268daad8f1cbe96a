import type { Field } from 'payload'

import { captureChangeNote } from './captureChangeNote'

/**
 * When the document last changed in a way readers are told about (a publish that is not a minor change): the
 * site's "Sist oppdatert". Set by the server on that publish (captureChangeNote), never by a client.
 */
export function lastMajorChangeField(): Field {
  return {
    name: 'lastMajorChangeAt',
    type: 'date',
    index: true,
    label: { nb: 'Sist vesentlig endret', en: 'Last major change' },
    access: { create: () => false, update: () => false },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime' },
      description: { nb: 'Settes ved publisering som ikke er en liten endring. Vises som «Sist oppdatert».', en: 'Set by a publish that is not a minor change. Shown as "Last updated".' },
    },
    hooks: { beforeChange: [captureChangeNote] },
  }
}
