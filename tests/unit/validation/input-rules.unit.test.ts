import { describe, expect, test } from '@jest/globals'

import {
  checkCalendarDate,
  checkNumberValue,
  checkPublicationStatus,
  checkRichText,
  checkRichTextStructure,
  checkSlugSource,
  checkTextValue,
  RICH_TEXT_MAX_BYTES,
} from '../../../src/validation/rules'

describe('checkTextValue', () => {
  test.each([null, undefined, '', 'Tittel'])('%j is text', (value) => expect(checkTextValue(value)).toBeNull())
  test.each([{ a: 1 }, ['a'], 42, true])('%j is not', (value) => expect(checkTextValue(value)?.nb).toBe('Verdien må være tekst.'))
  test('a field with many values takes a list of strings, and only that', () => {
    expect(checkTextValue(['a', 'b'], true)).toBeNull()
    expect(checkTextValue(['a', 1], true)).not.toBeNull()
  })
})

describe('checkNumberValue', () => {
  test.each([null, undefined, 0, 2021, -1.5])('%j is a number', (value) => expect(checkNumberValue(value)).toBeNull())
  test.each([Number.NaN, Number.POSITIVE_INFINITY, '2021', { a: 1 }, true])('%j is not', (value) =>
    expect(checkNumberValue(value)?.nb).toMatch(/Skriv et tall/),
  )
  test('many values', () => {
    expect(checkNumberValue([1, 2], true)).toBeNull()
    expect(checkNumberValue([1, Number.NaN], true)).not.toBeNull()
  })
})

describe('checkCalendarDate', () => {
  test.each([
    null,
    undefined,
    '',
    '2026-02-28',
    '2024-02-29',
    '2024-02-29T23:59:59.999Z',
    '2026-03-01T00:00:00+01:00',
    '1900-01-01T00:00:00.000Z',
    '2200-12-31T00:00:00.000Z',
    new Date('2026-05-17T12:00:00Z'),
  ])('%j is a date', (value) => expect(checkCalendarDate(value)).toBeNull())

  test.each(['2026-02-30', '2025-02-29T12:00:00.000Z', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-01T24:00:00Z', '2026-01-01T12:60:00Z'])(
    '%j does not exist on the calendar',
    (value) => expect(checkCalendarDate(value)?.nb).toMatch(/finnes ikke i kalenderen/),
  )

  test.each(['0001-01-01T00:00:00.000Z', '+099999-01-01T00:00:00.000Z', '-000001-01-01', '1899-12-31', '2201-01-01', new Date('0001-01-01T00:00:00Z')])(
    '%j is outside 1900-2200',
    (value) => expect(checkCalendarDate(value)?.nb).toMatch(/mellom 1900 og 2200/),
  )

  test.each(['abc', '1. mars 2026', '03/01/2026', 20260301, { a: 1 }, new Date('x')])('%j is not an ISO date', (value) =>
    expect(checkCalendarDate(value)?.nb).toMatch(/ÅÅÅÅ-MM-DD/),
  )
})

describe('checkPublicationStatus', () => {
  test.each(['draft', 'published'])('%j is a status', (value) => expect(checkPublicationStatus(value)).toBeNull())
  test.each(['archived', 'PUBLISHED', '', null, undefined, 1])('%j is not', (value) => expect(checkPublicationStatus(value)?.nb).toMatch(/kladd.*publisert/))
})

describe('checkSlugSource', () => {
  test.each([
    ['a title with letters', null, 'Video i helsetjenesten'],
    ['a title with digits only', null, '2026'],
    ['a slug given by hand', 'utrop', '!!!'],
    ['no title yet', null, undefined],
  ])('%s needs no slug', (_what, slug, source) => expect(checkSlugSource(slug, source)).toBeNull())
  test.each(['!!!', '—', '***', '  ?  '])('a title %j without a slug is refused', (source) =>
    expect(checkSlugSource(null, source)?.nb).toMatch(/bokstaver eller sifre/),
  )
})

const text = (value: string) => ({ type: 'text', text: value, version: 1 })
const doc = (...children: unknown[]) => ({ root: { type: 'root', children } })
const allowed = new Set(['heading', 'link', 'list', 'listitem', 'block'])

describe('checkRichText', () => {
  test('a document of the editor’s nodes passes', () => {
    const value = doc(
      { type: 'heading', tag: 'h2', children: [text('A')] },
      { type: 'paragraph', children: [text('b'), { type: 'linebreak' }, { type: 'link', fields: { url: '/x' }, children: [text('c')] }] },
      { type: 'block', fields: { blockType: 'note' } },
    )
    expect(checkRichText(value, allowed)).toBeNull()
    expect(checkRichText(null, allowed)).toBeNull()
  })

  test.each([
    ['a string', '<p>x</p>'],
    ['no root', { foo: 'bar' }],
    ['a root of another type', { root: { type: 'paragraph', children: [] } }],
    ['root children not a list', { root: { type: 'root', children: {} } }],
    ['a node that is a string', doc('x')],
    ['a nested root', doc({ type: 'root', children: [] })],
    ['a paragraph without children', doc({ type: 'paragraph' })],
    ['a text node without text', doc({ type: 'paragraph', children: [{ type: 'text' }] })],
    ['a link without fields', doc({ type: 'paragraph', children: [{ type: 'link', children: [] }] })],
    ['a block without a block type', doc({ type: 'block', fields: {} })],
  ])('%s is refused', (_what, value) => expect(checkRichText(value, allowed)?.nb).toMatch(/ugyldig oppbygning/))

  test.each(['html', 'upload', 'quote', 'script'])('a %s node, which the editor does not have, is refused by name', (type) =>
    expect(checkRichText(doc({ type, children: [] }), allowed)?.nb).toContain(`«${type}» er ikke tillatt`),
  )

  test('nesting is bounded', () => {
    let node: unknown = text('x')
    for (let i = 0; i < 50; i++) node = { type: 'listitem', children: [node] }
    expect(checkRichText(doc({ type: 'list', children: [node] }), allowed)?.nb).toMatch(/nøstet dypere/)
  })

  test('size is bounded', () => {
    const value = doc({ type: 'paragraph', children: [text('x'.repeat(RICH_TEXT_MAX_BYTES))] })
    expect(checkRichText(value, allowed)?.nb).toMatch(/Teksten er for lang \(\d+ kB\)\. Den kan være høyst 200 kB/)
  })
})

describe('checkRichTextStructure', () => {
  test('any node type passes when the structure holds', () => {
    expect(checkRichTextStructure(doc({ type: 'html', html: '<b>x</b>' }))).toBeNull()
  })
  test('the structure Payload walks must hold', () => {
    expect(checkRichTextStructure(doc({ type: 'paragraph', children: 'x' }))).not.toBeNull()
    expect(checkRichTextStructure('<b>x</b>')).not.toBeNull()
  })
})
