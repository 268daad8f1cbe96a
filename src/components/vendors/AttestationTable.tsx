import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '../ds'

import type { Attestation } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'
import { formatDate, isoDay } from '../../i18n/format'
import type { Lang } from '../../i18n/langs'
import { ScrollRegion } from '../common/ScrollRegion'

/** `labelledBy`: the id of the heading that names the table (a caption would repeat it). */
type Props = { lang: Lang; t: Dictionary; attestations: Attestation[]; labelledBy: string }

const COLOR = { yes: 'success', no: 'danger', unknown: 'neutral' } as const

/** What the vendor states about each requirement, and the date it was last confirmed. */
export function AttestationTable({ lang, t, attestations, labelledBy }: Props) {
  return (
    <ScrollRegion labelledBy={labelledBy}>
      <Table className="attestation-table" aria-labelledby={labelledBy}>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t.vendor.requirement}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.vendor.status}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.vendor.confirmedAt}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {attestations.map((a) => (
            <TableRow key={a.key} data-attestation={a.key}>
              <TableHeaderCell scope="row">{t.vendor.attestation[a.key]}</TableHeaderCell>
              <TableCell>
                <Tag data-color={COLOR[a.status]} data-size="sm">
                  {t.vendor.attestationStatus[a.status]}
                </Tag>
              </TableCell>
              <TableCell>
                {a.confirmedAt ? <time dateTime={isoDay(a.confirmedAt)}>{formatDate(a.confirmedAt, lang)}</time> : t.vendor.notConfirmedDate}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  )
}
