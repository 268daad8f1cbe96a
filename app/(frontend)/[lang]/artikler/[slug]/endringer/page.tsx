import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { fallbackLang } from '@/components/common/fallbackLang'
import { ChangeHistoryView } from '@/components/changes/ChangeHistoryView'
import { getArticleBySlug, getArticleChanges, getSiteFrame } from '@/content'
import { dictionary } from '@/i18n/dictionary'
import { alternatesOf, articleHistoryPath, articlePath, feedPath, localePath, PAGE_PATHS } from '@/i18n/paths'
import { pageKeyOf } from '@/subscriptions/pageKey'
import { withFeed } from '../../../../_lib/feeds'
import { langOf, type LangParams } from '../../../../_lib/params'
import { pageMetadata } from '../../../../_lib/seo'
import { viewerFromRequest } from '../../../../_lib/viewer'

export const revalidate = 3600
export const dynamicParams = true
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langOf(params as LangParams)
  const { slug } = await params
  const viewer = await viewerFromRequest()
  const [found, frame] = await Promise.all([getArticleBySlug(viewer, lang, slug), getSiteFrame(viewer, lang)])
  if (!found) return {}
  const t = dictionary(lang)
  const { article, entry } = found
  const metadata = pageMetadata({
    lang,
    title: t.changes.articleTitle(article.title),
    description: t.changes.articleDescription(article.title),
    paths: alternatesOf((l) => articleHistoryPath(entry.slugs[l])),
    siteName: frame.siteName ?? t.site.name,
  })
  return withFeed(metadata, lang, articleHistoryPath(entry.slugs[lang]), t.changes.feedTitle(article.title))
}

/** One article's change history, newest first, linked from its "Sist oppdatert". The guide's is /endringer. */
export default async function ArticleChangesPage({ params }: Props) {
  const lang = await langOf(params as LangParams)
  const { slug } = await params
  const viewer = await viewerFromRequest()
  const found = await getArticleBySlug(viewer, lang, slug)
  if (!found) notFound()
  if (found.entry.isGuide) permanentRedirect(localePath(lang, PAGE_PATHS.changes))
  const t = dictionary(lang)
  const { article, entry } = found
  const entries = await getArticleChanges(viewer, lang, entry.id)
  const history = articleHistoryPath(entry.slugs[lang])
  return (
    <ChangeHistoryView
      lang={lang}
      t={t}
      title={t.changes.articleTitle(article.title)}
      titleLang={fallbackLang(article, 'title').lang}
      intro={t.changes.articleIntro}
      entries={entries}
      showPage={false}
      feedHref={localePath(lang, feedPath(history))}
      page={pageKeyOf({ kind: 'article', id: String(entry.id) })}
      back={{ href: localePath(lang, articlePath(entry.slugs[lang])), label: t.changes.backTo(article.title) }}
    />
  )
}
