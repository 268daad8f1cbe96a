import { type DomainList, valuesOf } from './list'

/** Kinds of research link, in the order the research page shows them. */
export const RESEARCH_KINDS = [
  { value: 'report', label: { nb: 'Rapport', en: 'Report' } },
  { value: 'study', label: { nb: 'Studie', en: 'Study' } },
  { value: 'webpage', label: { nb: 'Nettside', en: 'Web page' } },
] as const satisfies DomainList

export type ResearchKind = (typeof RESEARCH_KINDS)[number]['value']
export const RESEARCH_KIND_VALUES = valuesOf(RESEARCH_KINDS)
