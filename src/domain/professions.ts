import { type DomainList, valuesOf } from './list'

/** Professions that tariffs are set for, in the tariffs page's order; some have no profession group of their own. */
export const PROFESSIONS = [
  { value: 'lege', label: { nb: 'Lege', en: 'Doctor' } },
  { value: 'psykolog', label: { nb: 'Psykolog', en: 'Psychologist' } },
  { value: 'fysioterapeut', label: { nb: 'Fysioterapeut', en: 'Physiotherapist' } },
  { value: 'manuellterapeut', label: { nb: 'Manuellterapeut', en: 'Manual therapist' } },
  { value: 'logoped', label: { nb: 'Logoped', en: 'Speech therapist' } },
  { value: 'audiopedagog', label: { nb: 'Audiopedagog', en: 'Audiopedagogue' } },
  { value: 'kiropraktor', label: { nb: 'Kiropraktor', en: 'Chiropractor' } },
  { value: 'jordmor', label: { nb: 'Jordmor', en: 'Midwife' } },
] as const satisfies DomainList

export type Profession = (typeof PROFESSIONS)[number]['value']
export const PROFESSION_VALUES = valuesOf(PROFESSIONS)
