import { Paragraph } from '../ds'

import { formatDate, isoDay } from '../../i18n/format'
import type { Lang } from '../../i18n/langs'

type Props = { lang: Lang; label: string; date: string | null; reviewedLabel?: string; reviewed?: string | null }

export function LastUpdated({ lang, label, date, reviewedLabel, reviewed }: Props) {
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
    </Paragraph>
  )
}
