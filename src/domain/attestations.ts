import { type DomainList, valuesOf } from './list'

/** What the directorate asks every vendor to attest (the minimum requirements and Normen). */
export const ATTESTATIONS = [
  {
    value: 'endToEndEncryption',
    label: { nb: 'Ende-til-ende-kryptering', en: 'End-to-end encryption' },
    help: {
      nb: 'Lyd og bilde er kryptert hele veien mellom deltakerne, slik at heller ikke leverandøren kan se eller høre samtalen.',
      en: 'Sound and picture are encrypted all the way between the participants, so that not even the vendor can see or hear the call.',
    },
  },
  {
    value: 'participantsIdentified',
    label: { nb: 'Deltakerne identifiseres sikkert', en: 'Participants are identified' },
    help: {
      nb: 'Behandleren kan vite hvem pasienten er, for eksempel ved innlogging med BankID eller via Helsenorge, før samtalen begynner.',
      en: 'The clinician can know who the patient is, for example by BankID login or through Helsenorge, before the call begins.',
    },
  },
  {
    value: 'allParticipantsVisible',
    label: { nb: 'Alle deltakere er synlige', en: 'All participants are visible' },
    help: {
      nb: 'Alle som er med i samtalen vises for alle; ingen kan lytte skjult.',
      en: 'Everyone in the call is shown to everyone; nobody can listen in hidden.',
    },
  },
  {
    value: 'dataProcessorAgreement',
    label: { nb: 'Tilbyr databehandleravtale', en: 'Offers a data processor agreement' },
    help: {
      nb: 'Dere inngår databehandleravtale etter personvernforordningen med kundene som standard.',
      en: 'You enter into a data processor agreement under the GDPR with your customers as standard.',
    },
  },
  {
    value: 'followsNormen',
    label: { nb: 'Følger Normen', en: 'Follows Normen' },
    help: {
      nb: 'Løsningen oppfyller Norm for informasjonssikkerhet og personvern i helse- og omsorgssektoren (Normen), og dere kan vise til dokumentasjon.',
      en: 'The solution meets the Code of Conduct for information security and data protection in the health and care sector (Normen), and you can show documentation.',
    },
  },
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
