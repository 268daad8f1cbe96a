import 'server-only'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { DEFAULT_LANG, type Lang } from '../i18n/langs'

/**
 * The only door from the public site to the database. Every read is the public's: no user, access rules on
 * (so drafts and staff-only fields stay out), published versions only. `server-only` makes any import from a
 * client component fail the build, so none of this can reach a browser bundle.
 */
export async function payloadClient(): Promise<Payload> {
  return getPayload({ config })
}

/** Options every public read passes to the Local API. */
export const PUBLIC_READ = { overrideAccess: false, draft: false } as const

/** A public read in one language; what is not translated falls back to bokmål. */
export function publicReadIn(lang: Lang) {
  return { ...PUBLIC_READ, locale: lang, fallbackLocale: DEFAULT_LANG } as const
}

/**
 * A public read of one language's own text: untranslated fields come back empty rather than silently in
 * bokmål, and the content module fills them from bokmål with a mark (fillFromBokmal).
 */
export function ownTextIn(lang: Lang) {
  return { ...PUBLIC_READ, locale: lang, fallbackLocale: false } as const
}

/** No public list is longer than this, whatever a caller asks for. */
export const MAX_LIST = 500

export function clampLimit(limit: number | null | undefined, fallback = MAX_LIST): number {
  const n = typeof limit === 'number' && Number.isFinite(limit) ? Math.floor(limit) : fallback
  return Math.min(Math.max(n, 1), MAX_LIST)
}

export { idOf, idsOf } from './ids'
