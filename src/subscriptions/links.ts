import { resolveOrigins } from '../config/env.mjs'
import type { Lang } from '../i18n/langs'
import { localePath, SUBSCRIBE_PATHS } from '../i18n/paths'

/** An absolute address on the public site (SERVER_URL), for links in e-mail. */
export function siteUrl(lang: Lang, path: string): string {
  return `${resolveOrigins().serverURL}${localePath(lang, path)}`
}

export const confirmUrl = (lang: Lang, token: string) => `${siteUrl(lang, SUBSCRIBE_PATHS.confirm)}?token=${encodeURIComponent(token)}`

export const unsubscribeUrl = (lang: Lang, token: string) => `${siteUrl(lang, SUBSCRIBE_PATHS.unsubscribe)}?token=${encodeURIComponent(token)}`
