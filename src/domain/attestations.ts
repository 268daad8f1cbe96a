import { type DomainList, valuesOf } from './list'

/** What the directorate asks every vendor to attest (the minimum requirements and Normen). */
export const ATTESTATIONS = [
  { value: 'endToEndEncryption', label: { nb: 'Ende-til-ende-kryptering', en: 'End-to-end encryption' } },
  { value: 'participantsIdentified', label: { nb: 'Deltakerne identifiseres sikkert', en: 'Participants are identified' } },
  { value: 'allParticipantsVisible', label: { nb: 'Alle deltakere er synlige', en: 'All participants are visible' } },
  { value: 'dataProcessorAgreement', label: { nb: 'Tilbyr databehandleravtale', en: 'Offers a data processor agreement' } },
  { value: 'followsNormen', label: { nb: 'Følger Normen', en: 'Follows Normen' } },
] as const satisfies DomainList

export type AttestationKey = (typeof ATTESTATIONS)[number]['value']
export const ATTESTATION_KEYS = valuesOf(ATTESTATIONS)

/** What a vendor answers for one attestation. */
export const ATTESTATION_STATUSES = [
  { value: 'yes', label: { nb: 'Ja', en: 'Yes' } },
  { value: 'no', label: { nb: 'Nei', en: 'No' } },
  { value: 'unknown', label: { nb: 'Ikke bekreftet', en: 'Not confirmed' } },
] as const satisfies DomainList

export type AttestationStatus = (typeof ATTESTATION_STATUSES)[number]['value']
