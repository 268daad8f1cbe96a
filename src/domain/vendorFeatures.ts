import { type DomainList, valuesOf } from './list'

/** What a video solution can do that the directory filters by. */
export const VENDOR_FEATURES = [
  {
    value: 'browserBased',
    label: { nb: 'Kjører i nettleseren', en: 'Runs in the browser' },
    help: {
      nb: 'Pasienten og behandleren kan delta fra en vanlig nettleser uten å installere noe.',
      en: 'The patient and the clinician can join from an ordinary browser without installing anything.',
    },
  },
  {
    value: 'helsenorgeIntegration',
    label: { nb: 'Integrert med Helsenorge', en: 'Integrated with Helsenorge' },
    help: {
      nb: 'Pasienten får innkalling til og starter videotimen fra Helsenorge.',
      en: 'The patient gets the appointment and starts the video call from Helsenorge.',
    },
  },
  {
    value: 'connectedToHelsenett',
    label: { nb: 'Tilknyttet Helsenettet', en: 'Connected to the Norwegian Health Network' },
    help: {
      nb: 'Løsningen er koblet til Helsenettet gjennom en avtale med Norsk helsenett.',
      en: 'The solution is connected to the Norwegian Health Network through an agreement with Norsk helsenett.',
    },
  },
] as const satisfies DomainList

export type VendorFeature = (typeof VENDOR_FEATURES)[number]['value']
export const VENDOR_FEATURE_VALUES = valuesOf(VENDOR_FEATURES)
