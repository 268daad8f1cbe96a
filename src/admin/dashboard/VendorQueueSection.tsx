import type { VendorQueueItem } from '../../dashboard/vendorQueue'
import { Section, Table } from './Section'
import { DASHBOARD_TEXT, type DashboardLang } from './texts'

const LOCALE: Record<DashboardLang, string> = { nb: 'nb-NO', en: 'en-GB' }

/**
 * "Til vurdering": the vendor entries submitted for review, oldest first, with the organisation that sent
 * each, when, and how long it has waited (src/dashboard/vendorQueue.ts).
 */
export function VendorQueueSection({ items, lang }: { items: VendorQueueItem[]; lang: DashboardLang }) {
  const t = DASHBOARD_TEXT[lang]
  const format = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Oslo' })
  return (
    <Section id="vv-vendor-queue" title={t.queue} empty={t.queueEmpty} count={items.length}>
      <Table labelledBy="vv-vendor-queue" columns={[t.document, t.vendor, t.submitted, t.waited]}>
        {items.map((item) => (
          <tr key={String(item.id)}>
            <td><a href={item.href}>{item.title}</a></td>
            <td>{item.organisation ?? ''}</td>
            <td><time dateTime={item.submittedAt}>{format.format(new Date(item.submittedAt))}</time></td>
            <td>{item.waited[lang]}</td>
          </tr>
        ))}
      </Table>
    </Section>
  )
}
