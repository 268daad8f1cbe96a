import { describe, expect, it } from '@jest/globals'

import { startedOnThisSite } from '../../../app/(frontend)/preview/startedOnThisSite'

describe('whether a request to /preview started on this site (Sec-Fetch-Site)', () => {
  it.each([['same-origin'], ['none'], ['Same-Origin']])('lets %j through', (site) => {
    expect(startedOnThisSite(new Headers({ 'Sec-Fetch-Site': site }))).toBe(true)
  })

  it('lets a request without the header through (not a browser, or an old one)', () => {
    expect(startedOnThisSite(new Headers())).toBe(true)
  })

  it.each([['cross-site'], ['same-site'], [''], ['same-origin, cross-site'], ['bogus']])('refuses %j', (site) => {
    expect(startedOnThisSite(new Headers({ 'Sec-Fetch-Site': site }))).toBe(false)
  })
})
