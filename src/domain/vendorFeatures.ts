import { type DomainList, valuesOf } from './list'

/** What a video solution can do that the directory filters by. */
export const VENDOR_FEATURES = [
  { value: 'browserBased', label: { nb: 'Kjører i nettleseren', en: 'Runs in the browser' } },
  { value: 'helsenorgeIntegration', label: { nb: 'Integrert med Helsenorge', en: 'Integrated with Helsenorge' } },
  { value: 'connectedToHelsenett', label: { nb: 'Tilknyttet Helsenettet', en: 'Connected to the Norwegian Health Network' } },
] as const satisfies DomainList

export type VendorFeature = (typeof VENDOR_FEATURES)[number]['value']
export const VENDOR_FEATURE_VALUES = valuesOf(VENDOR_FEATURES)
