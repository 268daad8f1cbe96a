import { isSolutionType } from '../domain/solutionTypes'
import type { VendorFeature } from '../domain/vendorFeatures'
import { LANGS, type Lang } from '../i18n/langs'
import { SLUG_PATTERN } from '../validation/rules'

/** Query parameter of each feature filter; `?nettleser=1` asks for solutions that run in the browser. */
export const FEATURE_PARAMS: Record<VendorFeature, string> = {
  browserBased: 'nettleser',
  helsenorgeIntegration: 'helsenorge',
  connectedToHelsenett: 'helsenett',
}

/**
 * The directory's filter query in one canonical form: only the known parameters, in the form's order, each
 * value checked for shape (the group against the categories later, by the page). '' when nothing filters.
 * proxy.ts uses it to give every filter combination one cached page.
 */
export function canonicalFilterQuery(params: URLSearchParams): string {
  const canonical = new URLSearchParams()
  const group = params.get('gruppe')
  if (group && group.length <= 60 && SLUG_PATTERN.test(group)) canonical.set('gruppe', group)
  const type = params.get('type')
  if (isSolutionType(type)) canonical.set('type', type)
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
