import type { Fallback } from '../../content/types'

/**
 * `{ lang: 'nb' }` for the element that shows `field` when its text has no translation and is bokmål, so
 * that a screen reader pronounces it as Norwegian and the browser hyphenates it as such; nothing otherwise.
 */
export function fallbackLang<K extends string>(item: Fallback<K> | null | undefined, field: K): { lang?: 'nb' } {
  return item?.fallback?.includes(field) ? { lang: 'nb' } : {}
}

/** The same for a piece of text that is never translated by itself (a menu label): its own mark, if any. */
export const langProp = (lang: 'nb' | undefined): { lang?: 'nb' } => (lang ? { lang } : {})
