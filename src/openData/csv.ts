// CSV as RFC 4180 writes it: a header row, comma between fields, every field in double quotes (a quote inside is
// doubled), CRLF after every record. Encoding is the caller's (the routes send UTF-8 and say so).

export type CsvValue = string | number | boolean | null | undefined

/** One column: its header and how an item fills it. */
export type CsvColumn<T> = { name: string; value: (item: T) => CsvValue }

/** Between the items of a list inside one cell (profession groups, professions). Documented on /apne-data. */
export const LIST_SEPARATOR = ';'

/**
 * Text a spreadsheet would run as a formula (OWASP "CSV injection"): vendors write their own names now, so a
 * cell starting with = + - @, a tab or a carriage return gets an apostrophe first. Numbers are never changed.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** One field, quoted. Empty for null; booleans as true/false. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '""'
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value)
  return `"${text.replace(/"/g, '""')}"`
}

/** A list in one cell; a separator inside an item becomes a comma, so that splitting on it gives the items back. */
export function csvList(items: readonly string[]): string {
  return items.map((item) => item.split(LIST_SEPARATOR).join(',')).join(LIST_SEPARATOR)
}

/** The whole file: the header row, then one record per item. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], items: readonly T[]): string {
  const record = (fields: string[]) => `${fields.join(',')}\r\n`
  return record(columns.map((c) => csvField(c.name))) + items.map((item) => record(columns.map((c) => csvField(c.value(item))))).join('')
}
