import { describe, expect, it } from '@jest/globals'

import { csvField, csvList, LIST_SEPARATOR, toCsv, type CsvColumn } from '../../../src/openData/csv'

type Row = { name: string; count: number | null; ok: boolean; tags: string[] }

const columns: CsvColumn<Row>[] = [
  { name: 'name', value: (r) => r.name },
  { name: 'count', value: (r) => r.count },
  { name: 'ok', value: (r) => r.ok },
  { name: 'tags', value: (r) => csvList(r.tags) },
]

/** A strict RFC 4180 reader written for the test: quoted fields only, CRLF between records. */
function readCsv(text: string): string[][] {
  const records: string[][] = []
  let i = 0
  while (i < text.length) {
    const record: string[] = []
    for (;;) {
      expect(text[i]).toBe('"')
      let value = ''
      i++
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          value += '"'
          i += 2
        } else if (text[i] === '"') {
          i++
          break
        } else {
          if (i >= text.length) throw new Error('unterminated field')
          value += text[i++]
        }
      }
      record.push(value)
      if (text[i] === ',') {
        i++
        continue
      }
      expect(text.slice(i, i + 2)).toBe('\r\n')
      i += 2
      break
    }
    records.push(record)
  }
  return records
}

describe('the open data CSV writer (RFC 4180)', () => {
  it('writes a header row and one record per item, every field quoted, CRLF after each record', () => {
    const csv = toCsv(columns, [
      { name: 'Alfa', count: 2, ok: true, tags: ['a', 'b'] },
      { name: 'Beta', count: null, ok: false, tags: [] },
    ])
    expect(csv).toBe('"name","count","ok","tags"\r\n"Alfa","2","true","a;b"\r\n"Beta","","false",""\r\n')
  })

  it('doubles quotes and keeps commas, semicolons in text and line breaks inside the quoted field', () => {
    const tricky = 'Si «hei», "hallo"\nog ha det; æøå'
    const csv = toCsv(columns, [{ name: tricky, count: 0, ok: true, tags: [] }])
    expect(readCsv(csv)).toEqual([
      ['name', 'count', 'ok', 'tags'],
      [tricky, '0', 'true', ''],
    ])
  })

  it('writes only the header for no items', () => {
    expect(toCsv(columns, [])).toBe('"name","count","ok","tags"\r\n')
  })

  it('puts an apostrophe before text a spreadsheet would run as a formula, and only there', () => {
    for (const formula of ['=HYPERLINK("http://evil.example")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(csvField(formula)).toBe(`"'${formula.replace(/"/g, '""')}"`)
    }
    expect(csvField('Tekst = tekst')).toBe('"Tekst = tekst"')
    expect(csvField(-2)).toBe('"-2"')
  })

  it('joins a list with the documented separator, and a separator inside an item becomes a comma so the list still splits right', () => {
    expect(LIST_SEPARATOR).toBe(';')
    expect(csvList(['leger', 'psykologer'])).toBe('leger;psykologer')
    expect(csvList(['A; B', 'C']).split(LIST_SEPARATOR)).toEqual(['A, B', 'C'])
  })
})
