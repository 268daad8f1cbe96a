import { Link, Paragraph } from '../ds'

import { formatDate, isoDay } from '../../i18n/format'
import type { Lang } from '../../i18n/langs'

type Props = {
  lang: Lang
  label: string
  date: string | null
  reviewedLabel?: string
  reviewed?: string | null
  /** The page's change history, one click from the date. */
  history?: { href: string; label: string }
}

export function LastUpdated({ lang, label, date, reviewedLabel, reviewed, history }: Props) {
  if (!date) return null
  return (
    <Paragraph data-size="sm" className="last-updated">
      {label}: <time dateTime={isoDay(date)}>{formatDate(date, lang)}</time>
      {reviewed && reviewedLabel ? (
        <>
          {' · '}
          {reviewedLabel}: <time dateTime={isoDay(reviewed)}>{formatDate(reviewed, lang)}</time>
        </>
      ) : null}
      {history ? (
        <>
          {' · '}
          <Link href={history.href}>{history.label}</Link>
        </>
      ) : null}
    </Paragraph>
  )
}
