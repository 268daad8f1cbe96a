import type { Message } from '../validation/messages'

/** Professions that tariffs are set for; some have no profession group of their own in the guide. */
export const PROFESSIONS = [
  { value: 'lege', label: { nb: 'Lege', en: 'Doctor' } },
  { value: 'psykolog', label: { nb: 'Psykolog', en: 'Psychologist' } },
  { value: 'fysioterapeut', label: { nb: 'Fysioterapeut', en: 'Physiotherapist' } },
  { value: 'manuellterapeut', label: { nb: 'Manuellterapeut', en: 'Manual therapist' } },
  { value: 'logoped', label: { nb: 'Logoped', en: 'Speech therapist' } },
  { value: 'audiopedagog', label: { nb: 'Audiopedagog', en: 'Audiopedagogue' } },
  { value: 'kiropraktor', label: { nb: 'Kiropraktor', en: 'Chiropractor' } },
  { value: 'jordmor', label: { nb: 'Jordmor', en: 'Midwife' } },
] as const satisfies readonly { value: string; label: Message }[]

export type Profession = (typeof PROFESSIONS)[number]['value']
