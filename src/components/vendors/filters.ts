import type { Category, FeatureKey, SolutionType, VendorSummary } from '../../content/types'
import { isSolutionType } from '../../domain/solutionTypes'
import { FEATURE_PARAMS } from '../../routing/vendorFilterQuery'

export type VendorFilter = { group: Category | null; type: SolutionType | null; features: FeatureKey[] }

type Params = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** Reads the directory's filters from the URL; unknown groups, types and values are ignored rather than errors. */
export function parseVendorFilter(params: Params, categories: Category[]): VendorFilter {
  const groupSlug = first(params.gruppe)
  const type = first(params.type)
  return {
    group: categories.find((c) => c.slug === groupSlug) ?? null,
    type: isSolutionType(type) ? type : null,
    features: (Object.keys(FEATURE_PARAMS) as FeatureKey[]).filter((key) => first(params[FEATURE_PARAMS[key]]) === '1'),
  }
}

export function applyVendorFilter(vendors: VendorSummary[], filter: VendorFilter): VendorSummary[] {
  return vendors.filter(
    (v) =>
      (!filter.group || v.categoryIds.includes(filter.group.id)) &&
      (!filter.type || v.solutionType === filter.type) &&
      filter.features.every((key) => v.features[key]),
  )
}

/** The query string of a filter, in the order the form submits it. */
export function filterQuery(filter: VendorFilter): string {
  const params = new URLSearchParams()
  if (filter.group) params.set('gruppe', filter.group.slug)
  if (filter.type) params.set('type', filter.type)
  for (const key of filter.features) params.set(FEATURE_PARAMS[key], '1')
  const query = params.toString()
  return query ? `?${query}` : ''
}

export const isFiltered = (filter: VendorFilter) => Boolean(filter.group || filter.type || filter.features.length)
