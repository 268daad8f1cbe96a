import type { Metadata } from 'next'

import { ChangeHistoryView } from '@/components/changes/ChangeHistoryView'
import { getSiteChanges, getSiteFrame } from '@/content'
import { dictionary } from '@/i18n/dictionary'
import { alternatesOf, feedPath, localePath, PAGE_PATHS } from '@/i18n/paths'
import { pageKeyOf, SITE } from '@/subscriptions/pageKey'
import { withFeed } from '../../_lib/feeds'
import { langOf, type LangParams } from '../../_lib/params'
import { pageMetadata } from '../../_lib/seo'
import { viewerFromRequest } from '../../_lib/viewer'

export const revalidate = 3600

type Props = { params: LangParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langOf(params)
  const t = dictionary(lang)
  const frame = await getSiteFrame(await viewerFromRequest(), lang)
  const siteName = frame.siteName ?? t.site.name
  const metadata = pageMetadata({ lang, title: t.changes.title, description: t.changes.description, paths: alternatesOf(() => PAGE_PATHS.changes), siteName })
  return withFeed(metadata, lang, PAGE_PATHS.changes, t.changes.feedTitle(siteName))
}

/** The guide's change history: every major change on the site, newest first (one click from the front page). */
export default async function SiteChangesPage({ params }: Props) {
  const lang = await langOf(params)
  const t = dictionary(lang)
  const entries = await getSiteChanges(await viewerFromRequest(), lang)
  return (
    <ChangeHistoryView
      lang={lang}
      t={t}
      title={t.changes.title}
      intro={t.changes.intro}
      entries={entries}
      showPage
      feedHref={localePath(lang, feedPath(PAGE_PATHS.changes))}
      page={pageKeyOf(SITE)}
    />
  )
}
