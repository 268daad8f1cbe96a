import type { GroupField } from 'payload'

import { ATTESTATION_STATUSES, ATTESTATIONS } from '../domain/attestations'
import { optionsOf } from '../domain/list'
import { DAY_ONLY } from './dayOnly'

/** One attestation: what the vendor states, and the date the directorate last confirmed it. */
function attestation({ value: name, label }: (typeof ATTESTATIONS)[number]): GroupField {
  return {
    name,
    type: 'group',
    label: { ...label },
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
          },
          {
            name: 'confirmedAt',
            type: 'date',
            label: { nb: 'Sist bekreftet', en: 'Last confirmed' },
            admin: DAY_ONLY,
          },
        ],
      },
    ],
  }
}

/** The attestations the directorate asks every vendor about (the minimum requirements and Normen). */
export function attestationsField(): GroupField {
  return {
    name: 'attestations',
    type: 'group',
    label: { nb: 'Bekreftelser', en: 'Attestations' },
    fields: ATTESTATIONS.map(attestation),
  }
}
