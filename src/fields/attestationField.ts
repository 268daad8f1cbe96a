import type { GroupField } from 'payload'

import { ATTESTATION_STATUSES, ATTESTATIONS } from '../domain/attestations'
import { optionsOf } from '../domain/list'
import type { Message } from '../validation/messages'
import { DAY_ONLY } from './dayOnly'

/** What the directorate expects of the attestations as a whole, of each answer and of each date (shown under the fields). */
export type AttestationHelp = { group: Message; status: Message; confirmedAt: Message }

/** One attestation: what the vendor states, and the date the directorate last confirmed it. */
function attestation({ value: name, label, help: what }: (typeof ATTESTATIONS)[number], help?: AttestationHelp): GroupField {
  return {
    name,
    type: 'group',
    label: { ...label },
    admin: { description: { ...what } },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'status',
            type: 'select',
            // Keeps the generated SQL enum name under Postgres-style identifier limits.
            dbName: `att_${name}`,
            defaultValue: 'unknown',
            required: true,
            label: { nb: 'Status', en: 'Status' },
            options: optionsOf(ATTESTATION_STATUSES),
            ...(help ? { admin: { description: { ...help.status } } } : {}),
          },
          {
            name: 'confirmedAt',
            type: 'date',
            label: { nb: 'Sist bekreftet', en: 'Last confirmed' },
            admin: { ...DAY_ONLY, ...(help ? { description: { ...help.confirmedAt } } : {}) },
          },
        ],
      },
    ],
  }
}

/** The attestations the directorate asks every vendor about (the minimum requirements and Normen), with its help texts. */
export function attestationsField(help?: AttestationHelp): GroupField {
  return {
    name: 'attestations',
    type: 'group',
    label: { nb: 'Bekreftelser', en: 'Attestations' },
    ...(help ? { admin: { description: { ...help.group } } } : {}),
    fields: ATTESTATIONS.map((item) => attestation(item, help)),
  }
}
