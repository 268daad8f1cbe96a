import type { PayloadRequest } from 'payload'

import { overdueReconfirmations } from '../../dashboard/reconfirmation'
import { RECONFIRMATION_TEXT } from './reconfirmationTexts'
import { Section, Table } from './Section'

type Props = { req: PayloadRequest; lang: 'nb' | 'en' }

const LOCALE = { nb: 'nb-NO', en: 'en-GB' } as const

function Day({ iso, lang }: { iso: string; lang: Props['lang'] }) {
  const date = new Date(iso)
  return <time dateTime={date.toISOString()}>{new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeZone: 'Europe/Oslo' }).format(date)}</time>
}

/**
 * The editors' list of approved vendor entries overdue for re-confirmation (issue 12 item 6): since when each
 * stands unconfirmed, longest first, and whether the vendor's new confirmation awaits review. Read as the user.
 */
export async function ReconfirmationSection({ req, lang }: Props) {
  const t = RECONFIRMATION_TEXT[lang]
  const items = await overdueReconfirmations(req)
  return (
    <Section id="vv-reconfirmation" title={t.title} empty={t.empty} count={items.length}>
      <p>{t.intro}</p>
      <Table labelledBy="vv-reconfirmation" columns={[t.entry, t.company, t.confirmedAt, t.dueAt, t.status]}>
        {items.map((item) => (
          <tr key={item.id} data-reconfirmation={item.id}>
            <td>
              <a href={item.href}>{item.title}</a>
            </td>
            <td>{item.company ?? ''}</td>
            <td>
              <Day iso={item.confirmedAt} lang={lang} />
            </td>
            <td>
              <Day iso={item.dueAt} lang={lang} />
            </td>
            <td>{item.inReview ? t.inReview : t.waiting}</td>
          </tr>
        ))}
      </Table>
    </Section>
  )
}
