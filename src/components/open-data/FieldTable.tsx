import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '../ds'

import type { Lang } from '../../i18n/langs'
import type { FieldDoc } from '../../openData/fields'
import type { OpenDataTexts } from '../../openData/texts'
import { ScrollRegion } from '../common/ScrollRegion'

type Props = { lang: Lang; t: OpenDataTexts; fields: readonly FieldDoc[]; captionId: string; caption: string }

/** One dataset's fields: the JSON path, the CSV columns that carry it, its type and what it means. */
export function FieldTable({ lang, t, fields, captionId, caption }: Props) {
  return (
    <ScrollRegion labelledBy={captionId}>
      <Table className="open-data-table" data-size="sm">
        <caption id={captionId}>{caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t.fields.json}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.fields.csv}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.fields.type}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.fields.meaning}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {fields.map((field) => (
            <TableRow key={field.json}>
              <TableHeaderCell scope="row">
                <code>{field.json}</code>
              </TableHeaderCell>
              <TableCell>
                {field.csv.length ? (
                  field.csv.map((column, i) => (
                    <span key={column}>
                      {i ? <br /> : null}
                      <code>{column}</code>
                    </span>
                  ))
                ) : (
                  <span>{t.fields.inColumnName}</span>
                )}
              </TableCell>
              <TableCell>{field.type[lang]}</TableCell>
              <TableCell>{field.meaning[lang]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  )
}
