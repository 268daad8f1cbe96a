import type { VendorFilter } from '../components/vendors/filters'
import type { Category, FeatureKey } from '../content/types'
import { FEATURE_KEYS, SOLUTION_TYPE_VALUES } from '../content/types'
import { isSolutionType } from '../domain/solutionTypes'
import { FEATURE_PARAMS } from '../routing/vendorFilterQuery'

/** A profession group (bokmål, as the data is) and its slug in every language, any of which the filter takes. */
export type GroupChoice = { category: Category; slugs: readonly string[] }

export type Refusal = { ok: false; parameter: string; message: string }
export type FilterAnswer = { ok: true; filter: VendorFilter } | Refusal

const GROUP = 'gruppe'
const TYPE = 'type'
const FEATURE_BY_PARAM = new Map<string, FeatureKey>(FEATURE_KEYS.map((key) => [FEATURE_PARAMS[key], key]))
const PARAMETERS = [GROUP, TYPE, ...FEATURE_BY_PARAM.keys()]

/** A value as the message quotes it: cut short, so that a long address is not echoed back whole. */
const quoted = (value: string) => `«${value.length > 60 ? `${value.slice(0, 60)}…` : value}»`
const listed = (names: readonly string[]) => `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`

const refuse = (parameter: string, message: string): Refusal => ({ ok: false, parameter, message })

/**
 * The directory's filters (the page's query parameters, src/components/vendors/filters.ts) read strictly: the
 * page ignores what it does not know, but a data user who asks for an unknown group, type or value, or an
 * unknown parameter, gets the reason (a 400) rather than a list that looks filtered and is not. An empty value
 * is no filter, as the page's form sends it for "all".
 */
export function parseOpenVendorFilter(params: URLSearchParams, groups: readonly GroupChoice[]): FilterAnswer {
  const filter: VendorFilter = { group: null, type: null, features: [] }
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name)
    if (!PARAMETERS.includes(name)) return refuse(name, `Ukjent parameter ${quoted(name)}. Filtrene er ${listed(PARAMETERS)} (se /apne-data).`)
    if (values.length > 1) return refuse(name, `Parameteren ${name} er oppgitt mer enn én gang. Oppgi den én gang.`)
    const value = values[0]!
    if (value === '') continue
    if (name === GROUP) {
      const group = groups.find((g) => g.slugs.includes(value))
      if (!group) return refuse(name, `Ukjent faggruppe ${quoted(value)}. Gyldige verdier: ${groups.map((g) => g.category.slug).join(', ')}.`)
      filter.group = group.category
    } else if (name === TYPE) {
      if (!isSolutionType(value)) return refuse(name, `Ukjent type ${quoted(value)}. Gyldige verdier: ${SOLUTION_TYPE_VALUES.join(', ')}.`)
      filter.type = value
    } else {
      if (value !== '1') return refuse(name, `Ugyldig verdi ${quoted(value)} for ${name}. Bruk ${name}=1, eller utelat parameteren.`)
      filter.features.push(FEATURE_BY_PARAM.get(name)!)
    }
  }
  // In the page's order, whatever order the query named them.
  filter.features = FEATURE_KEYS.filter((key) => filter.features.includes(key))
  return { ok: true, filter }
}

/** The tariffs page has no filters: any parameter is refused with the reason, null when there is none. */
export function refuseTariffFilter(params: URLSearchParams): Refusal | null {
  const [name] = params.keys()
  return name === undefined ? null : refuse(name, `Ukjent parameter ${quoted(name)}. Takstene har ingen filtre (se /apne-data).`)
}
