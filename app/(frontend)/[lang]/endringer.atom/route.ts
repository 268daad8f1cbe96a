import { ANONYMOUS, getSiteChanges, getSiteFrame } from '@/content'
import { dictionary } from '@/i18n/dictionary'
import { isLang } from '@/i18n/langs'
import { PAGE_PATHS } from '@/i18n/paths'
import { changeFeedResponse } from '../../_lib/changeFeed'

// Built per request from the cached reads (tagged 'change-log': a new entry expires them), like the sitemap:
// no database work after the first request, and the build has no database to render it from.
export const dynamic = 'force-dynamic'

const NOT_FOUND = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

type Context = { params: Promise<{ lang: string }> }

/** GET /endringer.atom (and /nn/, /en/): every major change on the site, as Atom. Always the public's. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { lang } = await params
  if (!isLang(lang)) return NOT_FOUND()
  const t = dictionary(lang)
  const [entries, frame] = await Promise.all([getSiteChanges(ANONYMOUS, lang), getSiteFrame(ANONYMOUS, lang)])
  return changeFeedResponse({
    lang,
    historyPath: PAGE_PATHS.changes,
    title: t.changes.feedTitle(frame.siteName ?? t.site.name),
    entries,
    updatedFallback: new Date(0).toISOString(),
  })
}
