import { Heading, Link, Paragraph } from '../ds'

import type { ChangeEntry } from '../../content/types'
import { formatDate, isoDay } from '../../i18n/format'
import type { Lang } from '../../i18n/langs'
import { localePath } from '../../i18n/paths'

type Props = { lang: Lang; entries: ChangeEntry[]; none: string; headingLevel: 2 | 3; showPage: boolean }

/**
 * A change history, newest first: the date and the change note of each entry; with `showPage` (the whole
 * site's history) also the changed page, as a link. A note or title shown in bokmål is marked lang="nb".
 */
export function ChangeList({ lang, entries, none, headingLevel, showPage }: Props) {
  if (!entries.length) return <Paragraph>{none}</Paragraph>
  return (
    <ol className="change-list">
      {entries.map((entry) => (
        <li key={entry.id} id={`endring-${entry.id}`} className="change-list__entry">
          <Heading level={headingLevel} data-size="2xs">
            <time dateTime={isoDay(entry.publishedAt)}>{formatDate(entry.publishedAt, lang)}</time>
            {showPage ? (
              <>
                {': '}
                <Link href={localePath(lang, entry.path)} lang={entry.titleLang}>
                  {entry.title}
                </Link>
              </>
            ) : null}
          </Heading>
          <Paragraph lang={entry.noteLang} className="change-list__note">
            {entry.note}
          </Paragraph>
        </li>
      ))}
    </ol>
  )
}
