import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import { vendorStartData, type VendorStartEntry } from '../../dashboard/vendorStart'
import { Section, Table } from './Section'
import { STATE_ORDER, VENDOR_START_TEXT, type VendorStartLang } from './vendorStartTexts'

type Props = { payload: Payload; user: TypedUser; lang: VendorStartLang }

const LOCALE: Record<VendorStartLang, string> = { nb: 'nb-NO', en: 'en-GB' }

function When({ iso, lang, withTime = true }: { iso: string | null; lang: VendorStartLang; withTime?: boolean }) {
  if (!iso) return null
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  const format = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', ...(withTime ? { timeStyle: 'short' as const } : {}), timeZone: 'Europe/Oslo' })
  return <time dateTime={date.toISOString()}>{format.format(date)}</time>
}

const withComment = (state: VendorStartEntry['state']) => state === 'changes-requested' || state === 'rejected'

/**
 * A vendor's start page in the admin (issue 12 item 2), above the cards of what it may open (its entries and
 * invitations, src/plugins/vendorNavigation.ts): its organisation's entries by review state, each state with what
 * to do next, the editors' latest comment where they asked for changes or rejected, the approved entries due for
 * re-confirmation, and a link to a new entry. Read as the vendor (src/dashboard/vendorStart.ts).
 */
export async function VendorStart({ payload, user, lang }: Props) {
  const t = VENDOR_START_TEXT[lang]
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as TypedUser }, payload)
  const data = await vendorStartData(req)
  const total = STATE_ORDER.reduce((sum, state) => sum + data.byState[state].length, 0)

  return (
    <div className="vv-dashboard vv-vendor-start" aria-labelledby="vv-vendor-start-title" role="region">
      <h1 id="vv-vendor-start-title">{t.title}</h1>
      {data.organisation ? <p>{t.intro(data.organisation.name)}</p> : <p>{t.noOrganisation}</p>}
      {data.organisation ? (
        <p>
          <a className="btn btn--style-primary btn--size-medium" href={data.createHref}>
            {t.create}
          </a>
        </p>
      ) : null}
      {data.organisation && total === 0 ? <p>{t.empty}</p> : null}

      {data.reconfirmation.length > 0 ? (
        <Section id="vv-vendor-reconfirm" title={t.reconfirm.title} empty="" count={data.reconfirmation.length}>
          <p>{t.reconfirm.next(data.reconfirmMonths)}</p>
          <Table labelledBy="vv-vendor-reconfirm" columns={[t.entry, t.due, '']}>
            {data.reconfirmation.map((item) => (
              <tr key={String(item.id)} data-overdue={item.overdue ? 'true' : undefined}>
                <td><a href={item.href}>{item.title}</a></td>
                <td><When iso={item.dueAt} lang={lang} withTime={false} /></td>
                <td>{item.overdue ? <strong>{t.overdue}</strong> : t.dueSoon}</td>
              </tr>
            ))}
          </Table>
        </Section>
      ) : null}

      {STATE_ORDER.filter((state) => data.byState[state].length > 0).map((state) => {
        const id = `vv-vendor-${state}`
        const items = data.byState[state]
        return (
          <Section key={state} id={id} title={t.states[state].title} empty="" count={items.length}>
            <p>{t.states[state].next}</p>
            <Table labelledBy={id} columns={withComment(state) ? [t.entry, t.comment, t.changed] : [t.entry, t.changed]}>
              {items.map((item) => (
                <tr key={String(item.id)}>
                  <td><a href={item.href}>{item.title}</a></td>
                  {withComment(state) ? <td>{item.comment ? <q>{item.comment.body}</q> : t.noComment}</td> : null}
                  <td><When iso={item.updatedAt} lang={lang} /></td>
                </tr>
              ))}
            </Table>
          </Section>
        )
      })}
    </div>
  )
}
