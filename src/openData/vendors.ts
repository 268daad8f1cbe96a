import type { Attestation, Category, DocId, FeatureKey, SolutionType, VendorSummary } from '../content/types'
import { ATTESTATION_KEYS, FEATURE_KEYS } from '../content/types'
import { vendorPath } from '../i18n/paths'
import { csvList, type CsvColumn } from './csv'
import { groupsOf, type GroupRef } from './groups'

/** One approved vendor entry in /leverandorer.json; every field is documented on /apne-data (./fields.ts). */
export type OpenVendor = {
  id: DocId
  name: string
  slug: string
  url: string
  shortDescription: string | null
  company: string | null
  organisationNumber: string | null
  solutionType: SolutionType
  professionGroups: GroupRef[]
  features: Record<FeatureKey, boolean>
  attestations: Attestation[]
  confirmedAt: string | null
  confirmationDueAt: string | null
  confirmationOverdue: boolean
  lastMajorChangeAt: string | null
}

/** A vendor the public may read, as open data: its page address is absolute, its groups named by slug and name. */
export function openVendor(vendor: VendorSummary, categories: readonly Category[], origin: string): OpenVendor {
  return {
    id: vendor.id,
    name: vendor.name,
    slug: vendor.slug,
    url: `${origin}${vendorPath(vendor.slug)}`,
    shortDescription: vendor.shortDescription,
    company: vendor.company,
    organisationNumber: vendor.organisationNumber ?? null,
    solutionType: vendor.solutionType,
    professionGroups: groupsOf(vendor.categoryIds, categories),
    features: vendor.features,
    attestations: vendor.attestations,
    confirmedAt: vendor.confirmedAt,
    confirmationDueAt: vendor.confirmationDueAt,
    confirmationOverdue: vendor.confirmationOverdue,
    lastMajorChangeAt: vendor.lastMajorChangeAt ?? null,
  }
}

const attestation = (item: OpenVendor, key: (typeof ATTESTATION_KEYS)[number]) => item.attestations.find((a) => a.key === key)

/** The CSV's columns: the JSON flattened, one column per feature and per attestation's status and date. */
export const VENDOR_CSV: CsvColumn<OpenVendor>[] = [
  { name: 'id', value: (v) => v.id },
  { name: 'name', value: (v) => v.name },
  { name: 'slug', value: (v) => v.slug },
  { name: 'url', value: (v) => v.url },
  { name: 'shortDescription', value: (v) => v.shortDescription },
  { name: 'company', value: (v) => v.company },
  { name: 'organisationNumber', value: (v) => v.organisationNumber },
  { name: 'solutionType', value: (v) => v.solutionType },
  { name: 'professionGroups', value: (v) => csvList(v.professionGroups.map((g) => g.slug)) },
  { name: 'professionGroupNames', value: (v) => csvList(v.professionGroups.map((g) => g.name)) },
  ...FEATURE_KEYS.map((key): CsvColumn<OpenVendor> => ({ name: `features.${key}`, value: (v) => v.features[key] })),
  ...ATTESTATION_KEYS.flatMap((key): CsvColumn<OpenVendor>[] => [
    { name: `attestations.${key}.status`, value: (v) => attestation(v, key)?.status ?? 'unknown' },
    { name: `attestations.${key}.confirmedAt`, value: (v) => attestation(v, key)?.confirmedAt ?? null },
  ]),
  { name: 'confirmedAt', value: (v) => v.confirmedAt },
  { name: 'confirmationDueAt', value: (v) => v.confirmationDueAt },
  { name: 'confirmationOverdue', value: (v) => v.confirmationOverdue },
  { name: 'lastMajorChangeAt', value: (v) => v.lastMajorChangeAt },
]
