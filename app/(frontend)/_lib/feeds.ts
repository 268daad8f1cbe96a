import type { Metadata } from 'next'

import type { Lang } from '@/i18n/langs'
import { feedPath, localePath } from '@/i18n/paths'
import { siteOrigin } from './seo'

/** A change history's feed address in a language (absolute). */
export function feedUrl(lang: Lang, historyPath: string): string {
  return `${siteOrigin()}${localePath(lang, feedPath(historyPath))}`
}

/** The page's metadata with its change feed announced: `<link rel="alternate" type="application/atom+xml">`. */
export function withFeed(metadata: Metadata, lang: Lang, historyPath: string, title: string): Metadata {
  return {
    ...metadata,
    alternates: { ...metadata.alternates, types: { 'application/atom+xml': [{ url: feedUrl(lang, historyPath), title }] } },
  }
}
