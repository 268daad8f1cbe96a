import { describe, expect, test } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import type { VendorSummary } from '../../../src/content/types'
import { VendorCard } from '../../../src/components/vendors/VendorCard'
import { VendorList } from '../../../src/components/vendors/VendorList'
import { dictionary } from '../../../src/i18n/dictionary'
import type { Lang } from '../../../src/i18n/langs'

const vendor = (confirmation: Pick<VendorSummary, 'confirmedAt' | 'confirmationDueAt' | 'confirmationOverdue'>): VendorSummary => ({
  id: 1,
  name: 'Løsning',
  slug: 'losning',
  company: null,
  solutionType: 'standalone',
  categoryIds: [],
  shortDescription: null,
  features: { browserBased: false, helsenorgeIntegration: false, connectedToHelsenett: false },
  updatedAt: '2026-12-01T00:00:00.000Z',
  attestations: [],
  ...confirmation,
})

// Confirmed 18 March 2020 (Oslo), due a year later: overdue. Confirmed 2 April 2026: current.
const overdue = vendor({ confirmedAt: '2020-03-17T23:00:00.000Z', confirmationDueAt: '2021-03-17T23:00:00.000Z', confirmationOverdue: true })
const current = vendor({ confirmedAt: '2026-04-01T22:00:00.000Z', confirmationDueAt: '2027-04-01T22:00:00.000Z', confirmationOverdue: false })
const never = vendor({ confirmedAt: null, confirmationDueAt: null, confirmationOverdue: false })

const text = (html: string) => html.replace(/<[^>]+>/g, '')

const card = (lang: Lang, v: VendorSummary) => renderToStaticMarkup(createElement(VendorCard, { lang, t: dictionary(lang), vendor: v, categories: [] }))
const list = (lang: Lang, v: VendorSummary) =>
  renderToStaticMarkup(createElement(VendorList, { lang, t: dictionary(lang), vendors: [v], group: 'leger', type: 'standalone' }))

describe.each([
  ['card', card],
  ['guide list', list],
])('a vendor in the %s', (_kind, render) => {
  test.each([
    ['nb', 'Ikke bekreftet siden 18. mars 2020'],
    ['nn', 'Ikkje stadfesta sidan 18. mars 2020'],
    ['en', 'Not confirmed since 18 March 2020'],
  ] as const)('overdue, in %s: marked "%s", with a machine-readable date, and still listed', (lang, mark) => {
    const html = render(lang, overdue)
    expect(text(html)).toContain(mark)
    expect(html).toContain('<time dateTime="2020-03-18">')
    expect(html).toContain('data-confirmation="overdue"')
    expect(text(html)).toContain('Løsning')
  })

  test.each([
    ['nb', 'Opplysninger sist bekreftet 2. april 2026'],
    ['nn', 'Opplysningane sist stadfesta 2. april 2026'],
    ['en', 'Information last confirmed 2 April 2026'],
  ] as const)('confirmed within the period, in %s: "%s" and no mark', (lang, line) => {
    const html = render(lang, current)
    expect(text(html)).toContain(line)
    expect(html).toContain('data-confirmation="current"')
    expect(html).not.toContain('data-confirmation="overdue"')
  })

  test('never confirmed: no date line at all', () => {
    expect(render('nb', never)).not.toContain('data-confirmation')
  })
})
