import type { Category, FeatureKey, SolutionType, VendorSummary } from '../../content/types'
import { LANGS, type Lang } from '../../i18n/langs'

/** Query parameter of each feature filter; `?nettleser=1` asks for solutions that run in the browser. */
export const FEATURE_PARAMS: Record<FeatureKey, string> = {
  browserBased: 'nettleser',
  helsenorgeIntegration: 'helsenorge',
  connectedToHelsenett: 'helsenett',
}

export type VendorFilter = { group: Category | null; type: SolutionType | null; features: FeatureKey[] }

type Params = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** Reads the directory's filters from the URL; unknown groups, types and values are ignored rather than errors. */
export function parseVendorFilter(params: Params, categories: Category[]): VendorFilter {
  const groupSlug = first(params.gruppe)
  const type = first(params.type)
  return {
    group: categories.find((c) => c.slug === groupSlug) ?? null,
    type: type === 'epj-integrated' || type === 'standalone' ? type : null,
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

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * The directory's filter query in one canonical form: only the known parameters, in the form's order, each
 * value checked for shape (the group against the categories later, by the page). '' when nothing filters.
 * proxy.ts uses it to give every filter combination one cached page.
 */
export function canonicalFilterQuery(params: URLSearchParams): string {
  const canonical = new URLSearchParams()
  const group = params.get('gruppe')
  if (group && group.length <= 60 && SLUG.test(group)) canonical.set('gruppe', group)
  const type = params.get('type')
  if (type === 'epj-integrated' || type === 'standalone') canonical.set('type', type)
  for (const name of Object.values(FEATURE_PARAMS)) if (params.get(name) === '1') canonical.set(name, '1')
  return canonical.toString()
}

/** One profession group's slug in each language. */
export type GroupSlugs = Record<Lang, string>

/**
 * The canonical filter query for a page in `lang` when its group is named by another language's slug
 * (`/en/leverandorer?gruppe=leger` asks for `doctors`); null when there is nothing to change: the value is
 * already this language's, is no group at all, or there is no group in the query. proxy.ts redirects to it.
 */
export function localisedGroupQuery(params: URLSearchParams, lang: Lang, groups: readonly GroupSlugs[]): string | null {
  const query = canonicalFilterQuery(params)
  const canonical = new URLSearchParams(query)
  const value = canonical.get('gruppe')
  if (!value || groups.some((g) => g[lang] === value)) return null
  const group = groups.find((g) => LANGS.some((l) => g[l] === value))
  if (!group) return null
  canonical.set('gruppe', group[lang])
  return canonical.toString()
}
