import { describe, expect, it } from '@jest/globals'

import type { Category } from '../../../src/content/types'
import { parseOpenVendorFilter, refuseTariffFilter, type GroupChoice } from '../../../src/openData/filters'

const leger: Category = { id: 1, name: 'Leger', slug: 'leger', description: null, order: 1 }
const psykologer: Category = { id: 2, name: 'Psykologer', slug: 'psykologer-psykiatere', description: null, order: 2 }
const groups: GroupChoice[] = [
  { category: leger, slugs: ['leger', 'legar', 'doctors'] },
  { category: psykologer, slugs: ['psykologer-psykiatere', 'psychologists'] },
]

const parse = (query: string) => parseOpenVendorFilter(new URLSearchParams(query), groups)

describe('the open data takes the directory’s filters', () => {
  it('reads the same parameters as the page: group, type and each feature', () => {
    expect(parse('gruppe=leger&type=standalone&nettleser=1&helsenett=1')).toEqual({
      ok: true,
      filter: { group: leger, type: 'standalone', features: ['browserBased', 'connectedToHelsenett'] },
    })
    expect(parse('')).toEqual({ ok: true, filter: { group: null, type: null, features: [] } })
  })

  it('treats an empty value as no filter, as the page’s GET form sends “all groups”', () => {
    expect(parse('gruppe=&type=&nettleser=1')).toEqual({ ok: true, filter: { group: null, type: null, features: ['browserBased'] } })
  })

  it('takes a group by its slug in nynorsk or English too, as the page does', () => {
    expect(parse('gruppe=doctors')).toEqual({ ok: true, filter: { group: leger, type: null, features: [] } })
  })

  it.each([
    ['gruppe=tannleger', 'gruppe', 'Ukjent faggruppe «tannleger». Gyldige verdier: leger, psykologer-psykiatere.'],
    ['type=app', 'type', 'Ukjent type «app». Gyldige verdier: epj-integrated, standalone.'],
    ['nettleser=ja', 'nettleser', 'Ugyldig verdi «ja» for nettleser. Bruk nettleser=1, eller utelat parameteren.'],
    ['helsenorge=0', 'helsenorge', 'Ugyldig verdi «0» for helsenorge. Bruk helsenorge=1, eller utelat parameteren.'],
    ['grupe=leger', 'grupe', 'Ukjent parameter «grupe». Filtrene er gruppe, type, nettleser, helsenorge og helsenett (se /apne-data).'],
    ['type=standalone&type=epj-integrated', 'type', 'Parameteren type er oppgitt mer enn én gang. Oppgi den én gang.'],
  ])('refuses %s with a Norwegian reason instead of an empty or unfiltered list', (query, parameter, message) => {
    expect(parse(query)).toEqual({ ok: false, parameter, message })
  })

  it('cuts a long unknown value short in the message', () => {
    const answer = parse(`gruppe=${'x'.repeat(500)}`)
    expect(answer.ok).toBe(false)
    expect(!answer.ok && answer.message.length).toBeLessThan(200)
  })
})

describe('the tariffs have no filters', () => {
  it('answers nothing for no parameters and a reason for any parameter', () => {
    expect(refuseTariffFilter(new URLSearchParams(''))).toBeNull()
    expect(refuseTariffFilter(new URLSearchParams('gruppe=leger'))).toEqual({
      ok: false,
      parameter: 'gruppe',
      message: 'Ukjent parameter «gruppe». Takstene har ingen filtre (se /apne-data).',
    })
  })
})
