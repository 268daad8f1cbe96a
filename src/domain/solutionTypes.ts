import type { Message } from '../validation/messages'

export const SOLUTION_TYPES = [
  { value: 'epj-integrated', label: { nb: 'EPJ-løsning med integrert video', en: 'Patient record system with integrated video' } },
  { value: 'standalone', label: { nb: 'Frittstående videoløsning', en: 'Standalone video solution' } },
] as const satisfies readonly { value: string; label: Message }[]

export type SolutionType = (typeof SOLUTION_TYPES)[number]['value']
