import { Fragment } from 'react'

import type { DocId } from '../../content/ids'
import { Link, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '../ds'

import type { Tariff } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'
import { formatDate, isoDay } from '../../i18n/format'
import type { Lang } from '../../i18n/langs'
import { fallbackLang } from '../common/fallbackLang'
import { ScrollRegion } from '../common/ScrollRegion'
import { STATUS_COLOR, tariffStatus } from './status'

type Props = {
  lang: Lang
  t: Dictionary
  tariffs: Tariff[]
  /** The day statuses are judged on, YYYY-MM-DD in Oslo. */
  day: string
  captionId: string
  caption: string
  /** Tariffs that get their anchor (#takst-ID) in this table; a tariff listed in several groups gets one. */
  anchored?: ReadonlySet<DocId>
}

/** A tariff code with a line-break opportunity after each slash, so that a list of codes can wrap. */
const Code = ({ code }: { code: string }) => (
  <>
    {code.split('/').map((part, i) => (
      <Fragment key={i}>
        {i ? (
          <>
            /<wbr />
          </>
        ) : null}
        {part}
      </Fragment>
    ))}
  </>
)

const Dated = ({ iso, lang }: { iso: string; lang: Lang }) => <time dateTime={isoDay(iso)}>{formatDate(iso, lang)}</time>

/** Tariffs with the dates they apply and their status on `day`. */
export function TariffTable({ lang, t, tariffs, day, captionId, caption, anchored }: Props) {
  return (
    <ScrollRegion labelledBy={captionId}>
      <Table className="tariff-table" data-size="sm">
        <caption id={captionId}>{caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t.tariffs.code}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.tariffs.name}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.tariffs.from}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.tariffs.to}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.tariffs.statusColumn}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {tariffs.map((tariff) => {
            const status = tariffStatus(tariff, day)
            return (
              <TableRow key={tariff.id} id={anchored?.has(tariff.id) ? `takst-${tariff.id}` : undefined} data-status={status}>
                <TableHeaderCell scope="row">
                  <Code code={tariff.code} />
                </TableHeaderCell>
                <TableCell>
                  <span className="tariff-table__title" {...fallbackLang(tariff, 'title')}>
                    {tariff.title}
                  </span>
                  {tariff.description ? (
                    <Paragraph data-size="xs" {...fallbackLang(tariff, 'description')}>
                      {tariff.description}
                    </Paragraph>
                  ) : null}
                  {tariff.sourceUrl ? (
                    <Paragraph data-size="xs">
                      <Link href={tariff.sourceUrl} aria-label={t.tariffs.sourceLink(tariff.code)}>
                        {t.tariffs.source}
                      </Link>
                    </Paragraph>
                  ) : null}
                </TableCell>
                <TableCell>
                  <Dated iso={tariff.effectiveFrom} lang={lang} />
                </TableCell>
                <TableCell>{tariff.effectiveTo ? <Dated iso={tariff.effectiveTo} lang={lang} /> : t.tariffs.openEnded}</TableCell>
                <TableCell>
                  <Tag data-color={STATUS_COLOR[status]} data-size="sm">
                    {t.tariffs.status[status]}
                  </Tag>
                </TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
    </ScrollRegion>
  )
}
