import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { ArticleView } from '@/components/article/ArticleView'
import { getArticleBySlug, getArticleIndex, getSiteFrame } from '@/content'
import { dictionary } from '@/i18n/dictionary'
import { osloDay } from '@/i18n/format'
import { alternatesOf, articleHistoryPath, articlePath, localePath, PAGE_PATHS, SUBSCRIBE_PATHS } from '@/i18n/paths'
import { pageKeyOf } from '@/subscriptions/pageKey'
import { blockDataFor, listedVendors } from '../../../_lib/blocks'
import { withFeed } from '../../../_lib/feeds'
import { lastUpdatedOf } from '../../../_lib/lastUpdated'
import { langOf, type LangParams } from '../../../_lib/params'
import { articleTitles, pageMetadata } from '../../../_lib/seo'
import { viewerFromRequest } from '../../../_lib/viewer'

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
  const { article, entry } = found
  const metadata = pageMetadata({
    lang,
    ...articleTitles(article),
    paths: alternatesOf((l) => articlePath(entry.slugs[l])),
    siteName: frame.siteName ?? dictionary(lang).site.name,
    type: 'article',
  })
  return withFeed(metadata, lang, articleHistoryPath(entry.slugs[lang]), dictionary(lang).changes.feedTitle(article.title))
}

export default async function ArticlePage({ params }: Props) {
  const lang = await langOf(params as LangParams)
  const { slug } = await params
  const viewer = await viewerFromRequest()
  const found = await getArticleBySlug(viewer, lang, slug)
  if (!found) notFound()
  // The guide lives at the front page; its article address leads there.
  if (found.entry.isGuide) permanentRedirect(localePath(lang, PAGE_PATHS.guide))
  const { article } = found
  const [frame, index, blocks] = await Promise.all([getSiteFrame(viewer, lang), getArticleIndex(viewer), blockDataFor(viewer, lang, article.body)])
  const listed = listedVendors(article.body, blocks)
  const t = dictionary(lang)
  return (
    <ArticleView
      lang={lang}
      t={t}
      article={article}
      blocks={blocks}
      articleLinks={index.map((e) => ({ id: e.id, slug: e.slugs[lang], isGuide: e.isGuide }))}
      disclaimers={listed.length ? frame.disclaimers : null}
      lastUpdated={lastUpdatedOf(article, blocks)}
      history={{ href: localePath(lang, articleHistoryPath(found.entry.slugs[lang])), label: t.changes.historyLink }}
      subscribe={{ action: localePath(lang, SUBSCRIBE_PATHS.subscribe), page: pageKeyOf({ kind: 'article', id: String(found.entry.id) }) }}
      today={osloDay(new Date())}
    />
  )
}
