import { type DomainList, isValueOf, valuesOf } from './list'

/** The two kinds of video solution the guide lists, in the order the guide shows them. */
export const SOLUTION_TYPES = [
  { value: 'epj-integrated', label: { nb: 'EPJ-løsning med integrert video', en: 'Patient record system with integrated video' } },
  { value: 'standalone', label: { nb: 'Frittstående videoløsning', en: 'Standalone video solution' } },
] as const satisfies DomainList

export type SolutionType = (typeof SOLUTION_TYPES)[number]['value']
export const SOLUTION_TYPE_VALUES = valuesOf(SOLUTION_TYPES)
export const isSolutionType = (value: unknown): value is SolutionType => isValueOf(SOLUTION_TYPES, value)
