import type { Lang } from '../langs'
import { en } from './en'
import { nb } from './nb'
import { nn } from './nn'
import type { Dictionary } from './types'

export type { Dictionary } from './types'

const DICTIONARIES: Record<Lang, Dictionary> = { nb, nn, en }

/** The interface text of one language. Server components call this; the strings never go to the client whole. */
export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang]
}
