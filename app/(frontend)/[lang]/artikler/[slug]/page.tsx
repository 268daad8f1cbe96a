import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { ArticleView } from '@/components/article/ArticleView'
import { getArticleBySlug, getArticleIndex, getSiteFrame } from '@/content'
import { dictionary } from '@/i18n/dictionary'
import { osloDay } from '@/i18n/format'
import { alternatesOf, articlePath, localePath, PAGE_PATHS } from '@/i18n/paths'
import { blockDataFor, listedVendors } from '../../../_lib/blocks'
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
  return pageMetadata({
    lang,
    ...articleTitles(article),
    paths: alternatesOf((l) => articlePath(entry.slugs[l])),
    siteName: frame.siteName ?? dictionary(lang).site.name,
    type: 'article',
  })
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
  const lastUpdated = [article.updatedAt, ...listed.map((v) => v.updatedAt)].sort().at(-1) ?? article.updatedAt
  return (
    <ArticleView
      lang={lang}
      t={dictionary(lang)}
      article={article}
      blocks={blocks}
      articleLinks={index.map((e) => ({ id: e.id, slug: e.slugs[lang], isGuide: e.isGuide }))}
      disclaimers={listed.length ? frame.disclaimers : null}
      lastUpdated={lastUpdated}
      today={osloDay(new Date())}
    />
  )
}
