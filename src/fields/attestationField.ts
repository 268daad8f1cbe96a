import type { GroupField } from 'payload'

import type { Message } from '../validation/messages'

import { DAY_ONLY } from './dayOnly'

export const ATTESTATIONS = {
  endToEndEncryption: { nb: 'Ende-til-ende-kryptering', en: 'End-to-end encryption' },
  participantsIdentified: { nb: 'Deltakerne identifiseres sikkert', en: 'Participants are identified' },
  allParticipantsVisible: { nb: 'Alle deltakere er synlige', en: 'All participants are visible' },
  dataProcessorAgreement: { nb: 'Tilbyr databehandleravtale', en: 'Offers a data processor agreement' },
  followsNormen: { nb: 'Følger Normen', en: 'Follows Normen' },
} satisfies Record<string, Message>

export type AttestationKey = keyof typeof ATTESTATIONS

/** One attestation: what the vendor states, and the date the directorate last confirmed it. */
function attestation(name: AttestationKey): GroupField {
  return {
    name,
    type: 'group',
    label: ATTESTATIONS[name],
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
            options: [
              { value: 'yes', label: { nb: 'Ja', en: 'Yes' } },
              { value: 'no', label: { nb: 'Nei', en: 'No' } },
              { value: 'unknown', label: { nb: 'Ikke bekreftet', en: 'Not confirmed' } },
            ],
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
    fields: (Object.keys(ATTESTATIONS) as AttestationKey[]).map(attestation),
  }
}
