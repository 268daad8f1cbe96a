import { describe, expect, test } from '@jest/globals'

import { canonicalFilterQuery } from '../../../src/components/vendors/filters'

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
