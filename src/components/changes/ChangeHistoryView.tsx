import type { ChangeEntry } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'
import type { Lang } from '../../i18n/langs'
import { localePath, SUBSCRIBE_PATHS } from '../../i18n/paths'
import { PageIntro } from '../common/PageIntro'
import { Link, Paragraph } from '../ds'
import { ChangeList } from './ChangeList'
import { FeedLink } from './FeedLink'
import { SubscribeForm } from './SubscribeForm'

type Props = {
  lang: Lang
  t: Dictionary
  title: string
  titleLang?: 'nb'
  intro: string
  entries: ChangeEntry[]
  /** The site's history lists the changed page of each entry; an article's does not need to. */
  showPage: boolean
  feedHref: string
  /** What the alert form follows ('site' or 'articles:<id>', src/subscriptions/pageKey.ts). */
  page: string
  back?: { href: string; label: string }
}

/** A change history page: intro, the feed, the e-mail alert form and the changes, newest first. */
export function ChangeHistoryView({ lang, t, title, titleLang, intro, entries, showPage, feedHref, page, back }: Props) {
  return (
    <div className="site-width">
      <PageIntro title={title} titleLang={titleLang} lead={intro} />
      {back ? (
        <Paragraph>
          <Link href={back.href}>{back.label}</Link>
        </Paragraph>
      ) : null}
      <FeedLink href={feedHref} label={t.changes.feed} />
      <ChangeList lang={lang} entries={entries} none={t.changes.none} headingLevel={2} showPage={showPage} />
      <SubscribeForm action={localePath(lang, SUBSCRIBE_PATHS.subscribe)} page={page} t={t.subscribe} id="varsel" />
    </div>
  )
}
