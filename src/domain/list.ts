import type { Message } from '../validation/messages'

/** One value of a domain list, with its label in the admin's languages (and, where a vendor answers it, what the directorate expects). */
export type DomainItem = { readonly value: string; readonly label: Message; readonly help?: Message }
export type DomainList = readonly DomainItem[]
export type ValueOf<L extends DomainList> = L[number]['value']

/** The values of a list, in its order. */
export const valuesOf = <L extends DomainList>(list: L): readonly ValueOf<L>[] => list.map((item) => item.value)

/** Whether `value` is one of the list's values. */
export const isValueOf = <L extends DomainList>(list: L, value: unknown): value is ValueOf<L> =>
  list.some((item) => item.value === value)

/** The list as select options (value and label), for a collection's or a block's select field. */
export const optionsOf = (list: DomainList): { value: string; label: Message }[] =>
  list.map(({ value, label }) => ({ value, label: { ...label } }))
