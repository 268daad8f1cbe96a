import { ANONYMOUS, getArticleBySlug, getArticleChanges } from '@/content'
import { dictionary } from '@/i18n/dictionary'
import { isLang } from '@/i18n/langs'
import { articleHistoryPath, PAGE_PATHS } from '@/i18n/paths'
import { changeFeedResponse } from '../../../../_lib/changeFeed'

// Built per request from the cached reads, as /endringer.atom.
export const dynamic = 'force-dynamic'

const NOT_FOUND = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

type Context = { params: Promise<{ lang: string; slug: string }> }

/** GET /artikler/<slug>/endringer.atom: one article's major changes as Atom (the guide's feed is /endringer.atom). */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { lang, slug } = await params
  if (!isLang(lang)) return NOT_FOUND()
  const found = await getArticleBySlug(ANONYMOUS, lang, slug)
  if (!found) return NOT_FOUND()
  const { article, entry } = found
  const t = dictionary(lang)
  const entries = await getArticleChanges(ANONYMOUS, lang, entry.id)
  return changeFeedResponse({
    lang,
    historyPath: entry.isGuide ? PAGE_PATHS.changes : articleHistoryPath(entry.slugs[lang]),
    title: t.changes.feedTitle(article.title),
    entries,
    updatedFallback: article.lastMajorChangeAt ?? article.updatedAt,
  })
}
