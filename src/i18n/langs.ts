/** The site's languages. Bokmål is served without a prefix; nynorsk and English under /nn and /en. */
export const LANGS = ['nb', 'nn', 'en'] as const
export type Lang = (typeof LANGS)[number]
export const DEFAULT_LANG: Lang = 'nb'

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
}

/** BCP 47 tags for `lang`, `hreflang` and Open Graph (`og:locale` wants an underscore). */
export const LANG_TAG: Record<Lang, string> = { nb: 'nb', nn: 'nn', en: 'en' }
export const OG_LOCALE: Record<Lang, string> = { nb: 'nb_NO', nn: 'nn_NO', en: 'en_GB' }

/** Each language named in itself, as a language switch should show it. */
export const LANG_NAME: Record<Lang, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' }
