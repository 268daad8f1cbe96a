import type { ChangeEntry } from '@/content'
import { buildAtom } from '@/feeds/atom'
import { LANG_TAG, type Lang } from '@/i18n/langs'
import { localePath } from '@/i18n/paths'
import { dictionary } from '@/i18n/dictionary'
import { feedUrl } from './feeds'
import { siteOrigin } from './seo'

/** As a page's (next.config.mjs CDN_CACHE): a CDN keeps a feed a minute; Next's cached reads expire on each change. */
const FEED_CACHE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=3600'

type FeedArgs = { lang: Lang; historyPath: string; title: string; entries: ChangeEntry[]; updatedFallback: string }

/**
 * The Atom feed of one change history (the site's or an article's) as a response: each entry a published
 * major change with its note, linked to the changed page; the feed's id is its history page's address.
 */
export function changeFeedResponse({ lang, historyPath, title, entries, updatedFallback }: FeedArgs): Response {
  const origin = siteOrigin()
  const historyUrl = `${origin}${localePath(lang, historyPath)}`
  const xml = buildAtom({
    id: historyUrl,
    title,
    updated: entries[0]?.publishedAt ?? updatedFallback,
    selfUrl: feedUrl(lang, historyPath),
    pageUrl: historyUrl,
    lang: LANG_TAG[lang],
    author: dictionary(lang).changes.publishedBy,
    entries: entries.map((entry) => ({
      id: `${historyUrl}#endring-${entry.id}`,
      title: entry.title,
      updated: entry.publishedAt,
      url: `${origin}${localePath(lang, entry.path)}`,
      summary: entry.note,
    })),
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': FEED_CACHE } })
}
