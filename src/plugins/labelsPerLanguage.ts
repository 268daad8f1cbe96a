import type { Config, LabelFunction } from 'payload'

import { getTranslation } from '@payloadcms/translations'

import { mapFields } from './mapFields'

/** A { nb, en } label as a function of the admin's language; any other label as it is. */
function perLanguage(label: unknown): unknown {
  if (!label || typeof label !== 'object' || Array.isArray(label) || '$$typeof' in label) return label
  const byLanguage = label as Record<string, string>
  // Some of Payload's callers pass no i18n (server-side, no request): bokmål, the default language.
  const resolve: LabelFunction = (args) => (args?.i18n ? getTranslation(byLanguage, args.i18n) : (byLanguage.nb ?? Object.values(byLanguage)[0] ?? ''))
  return resolve
}

/**
 * Every { nb, en } label of collections, globals and fields becomes a function of the admin's language.
 * Payload passes some labels into its texts untranslated (the dashboard's "Opprett ny {{label}}", a list
 * column's "Sorter etter {{label}}"), which shows "[object Object]"; a function label reaches the admin as a
 * string. Applied last among the plugins, so the plugins' own collections (search, exports, imports) count.
 */
export function labelsPerLanguage(config: Config): Config {
  return mapFields(config, { label: perLanguage })
}
