import { describe, expect, test } from '@jest/globals'

import { canonicalFilterQuery, localisedGroupQuery } from '../../../src/routing/vendorFilterQuery'

const canonical = (query: string) => canonicalFilterQuery(new URLSearchParams(query))

describe('canonicalFilterQuery: one cached page per filter combination (proxy.ts)', () => {
  test('known parameters in the form order, whatever order they came in', () => {
    expect(canonical('helsenett=1&type=standalone&gruppe=leger&nettleser=1')).toBe('gruppe=leger&type=standalone&nettleser=1&helsenett=1')
  })

  test('nothing to filter gives an empty query', () => {
    expect(canonical('')).toBe('')
    expect(canonical('utm_source=x&_rsc=abc')).toBe('')
  })

  test('values of the wrong shape are dropped, not passed on', () => {
    expect(canonical('type=%3Cscript%3E&gruppe=Leger')).toBe('')
    expect(canonical('gruppe=leger--x&type=standalone')).toBe('type=standalone')
    expect(canonical(`gruppe=${'a'.repeat(61)}`)).toBe('')
    expect(canonical('nettleser=yes&helsenorge=1')).toBe('helsenorge=1')
  })

  test('a repeated parameter counts once, with its first value', () => {
    expect(canonical('gruppe=leger&gruppe=psykologer-psykiatere')).toBe('gruppe=leger')
  })
})

describe('localisedGroupQuery: a group named in another language leads to the page language', () => {
  const groups = [
    { nb: 'leger', nn: 'legar', en: 'doctors' },
    { nb: 'kommuner', nn: 'kommunar', en: 'municipalities' },
  ]
  const localised = (query: string, lang: 'nb' | 'nn' | 'en') => localisedGroupQuery(new URLSearchParams(query), lang, groups)

  test('a bokmål or nynorsk value on an English page gives the English one', () => {
    expect(localised('gruppe=leger', 'en')).toBe('gruppe=doctors')
    expect(localised('gruppe=legar', 'en')).toBe('gruppe=doctors')
  })

  test('English and nynorsk values on a bokmål page, and the other way round', () => {
    expect(localised('gruppe=municipalities', 'nb')).toBe('gruppe=kommuner')
    expect(localised('gruppe=doctors', 'nn')).toBe('gruppe=legar')
    expect(localised('gruppe=kommuner', 'nn')).toBe('gruppe=kommunar')
  })

  test('the other filters are kept, in canonical order', () => {
    expect(localised('nettleser=1&gruppe=leger&type=standalone', 'en')).toBe('gruppe=doctors&type=standalone&nettleser=1')
  })

  test('nothing to change: the value is already the page language, unknown, or missing', () => {
    expect(localised('gruppe=doctors', 'en')).toBeNull()
    expect(localised('gruppe=leger&type=standalone', 'nb')).toBeNull()
    expect(localised('gruppe=finnes-ikke', 'en')).toBeNull()
    expect(localised('type=standalone', 'en')).toBeNull()
    expect(localised('', 'nn')).toBeNull()
  })

  test('a group whose slug is the same in two languages is not redirected in either', () => {
    const same = [{ nb: 'normen', nn: 'normen', en: 'normen-en' }]
    expect(localisedGroupQuery(new URLSearchParams('gruppe=normen'), 'nn', same)).toBeNull()
    expect(localisedGroupQuery(new URLSearchParams('gruppe=normen'), 'en', same)).toBe('gruppe=normen-en')
  })
})
