import type { Metadata } from 'next'

import { Heading, Link, Paragraph } from '@/components/ds'

import { ArticleView } from '@/components/article/ArticleView'
import { getArticleIndex, getGuide, getSiteFrame } from '@/content'
import { dictionary } from '@/i18n/dictionary'
import { osloDay } from '@/i18n/format'
import type { Lang } from '@/i18n/langs'
import { alternatesOf, localePath, PAGE_PATHS, SUBSCRIBE_PATHS } from '@/i18n/paths'
import { pageKeyOf, SITE } from '@/subscriptions/pageKey'
import { blockDataFor } from '../_lib/blocks'
import { withFeed } from '../_lib/feeds'
import { lastUpdatedOf } from '../_lib/lastUpdated'
import { langOf, type LangParams } from '../_lib/params'
import { articleTitles, pageMetadata } from '../_lib/seo'
import { viewerFromRequest } from '../_lib/viewer'

export const revalidate = 3600

type Props = { params: LangParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langOf(params)
  const viewer = await viewerFromRequest()
  const [guide, frame] = await Promise.all([getGuide(viewer, lang), getSiteFrame(viewer, lang)])
  const t = dictionary(lang)
  const metadata = pageMetadata({
    lang,
    ...(guide ? articleTitles(guide) : { title: t.site.tagline }),
    paths: alternatesOf(() => PAGE_PATHS.guide),
    siteName: frame.siteName ?? t.site.name,
    type: 'article',
    absoluteTitle: true,
  })
  return withFeed(metadata, lang, PAGE_PATHS.changes, t.changes.feedTitle(frame.siteName ?? t.site.name))
}

export default async function GuidePage({ params }: Props) {
  const lang = await langOf(params)
  const t = dictionary(lang)
  const viewer = await viewerFromRequest()
  const [guide, frame, index] = await Promise.all([getGuide(viewer, lang), getSiteFrame(viewer, lang), getArticleIndex(viewer)])
  if (!guide) return <GuideMissing lang={lang} />
  const blocks = await blockDataFor(viewer, lang, guide.body)
  return (
    <ArticleView
      lang={lang}
      t={t}
      article={guide}
      blocks={blocks}
      articleLinks={index.map((e) => ({ id: e.id, slug: e.slugs[lang], isGuide: e.isGuide }))}
      disclaimers={frame.disclaimers}
      lastUpdated={lastUpdatedOf(guide, blocks)}
      history={{ href: localePath(lang, PAGE_PATHS.changes), label: t.changes.historyLink }}
      subscribe={{ action: localePath(lang, SUBSCRIBE_PATHS.subscribe), page: pageKeyOf(SITE) }}
      today={osloDay(new Date())}
    />
  )
}

/** Before the guide is published (an empty database): say so, and point to what exists. */
function GuideMissing({ lang }: { lang: Lang }) {
  const t = dictionary(lang)
  return (
    <div className="site-width">
      <Heading level={1} data-size="xl">
        {t.guide.missingTitle}
      </Heading>
      <Paragraph>{t.guide.missingText}</Paragraph>
      <Paragraph>
        <Link href={localePath(lang, PAGE_PATHS.vendors)}>{t.menu.vendors}</Link>
      </Paragraph>
    </div>
  )
}
