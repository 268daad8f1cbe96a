import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { VendorQueueSection } from '../../../src/admin/dashboard/VendorQueueSection'

// The dashboard's "Til vurdering" as editors read it: the entries in the order given (oldest first), each
// with its organisation, when it was submitted and how long it has waited; a sentence when there is none.
const items = [
  { collection: 'vendors' as const, id: 7, title: 'Video Eldst', href: '/admin/collections/vendors/7', organisation: 'Firma A AS', submittedAt: '2026-11-27T09:00:00.000Z', waited: { nb: '4 dager', en: '4 days' } },
  { collection: 'vendors' as const, id: 3, title: 'Video Nyest', href: '/admin/collections/vendors/3', organisation: null, submittedAt: '2026-12-01T08:00:00.000Z', waited: { nb: '2 timer', en: '2 hours' } },
]

const cells = (html: string) => [...html.matchAll(/<tr><td>(.*?)<\/td><\/tr>/g)].map((m) => m[1]!.split('</td><td>').map((cell) => cell.replace(/<[^>]+>/g, '')))

describe('VendorQueueSection', () => {
  it('lists the queue in bokmål with the waited time', () => {
    const html = renderToStaticMarkup(createElement(VendorQueueSection, { items, lang: 'nb' }))
    expect(html).toContain('<h2 id="vv-vendor-queue">Til vurdering <span class="vv-dashboard__count">(2)</span></h2>')
    expect(html).toContain('<a href="/admin/collections/vendors/7">Video Eldst</a>')
    expect(cells(html)).toEqual([
      ['Video Eldst', 'Firma A AS', '27. nov. 2026, 10:00', '4 dager'],
      ['Video Nyest', '', '1. des. 2026, 09:00', '2 timer'],
    ])
  })

  it('in English, and empty', () => {
    expect(cells(renderToStaticMarkup(createElement(VendorQueueSection, { items, lang: 'en' })))[0]?.[3]).toBe('4 days')
    expect(renderToStaticMarkup(createElement(VendorQueueSection, { items: [], lang: 'nb' }))).toContain('<p>Ingen leverandøroppføringer venter på vurdering.</p>')
  })
})
