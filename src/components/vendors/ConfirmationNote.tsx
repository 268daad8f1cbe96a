import { Paragraph, Tag } from '../ds'

import type { VendorSummary } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'
import { formatDate, isoDay } from '../../i18n/format'
import type { Lang } from '../../i18n/langs'

type Props = { lang: Lang; t: Dictionary; vendor: Pick<VendorSummary, 'confirmedAt' | 'confirmationOverdue'> }

/**
 * When the vendor last confirmed its attestations, or, once the period in site settings has passed, the mark
 * "Ikke bekreftet siden …": an overdue entry stays listed, marked, never dropped (issue 12 item 6). Nothing for
 * an entry that was never confirmed (its attestation table says so line by line).
 */
export function ConfirmationNote({ lang, t, vendor }: Props) {
  if (!vendor.confirmedAt) return null
  const date = <time dateTime={isoDay(vendor.confirmedAt)}>{formatDate(vendor.confirmedAt, lang)}</time>
  if (vendor.confirmationOverdue) {
    return (
      <Paragraph data-size="sm" className="vendor-confirmation" data-confirmation="overdue">
        <Tag data-color="warning" data-size="sm">
          {t.vendor.notConfirmedSince} {date}
        </Tag>
      </Paragraph>
    )
  }
  return (
    <Paragraph data-size="sm" className="vendor-confirmation" data-confirmation="current">
      {t.vendor.lastConfirmed} {date}
    </Paragraph>
  )
}
