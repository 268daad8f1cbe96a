import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import { isStaff } from '../../access/isStaff'
import { editorialDashboard, type DocumentRef, type FailedJob } from '../../dashboard'
import { vendorQueue } from '../../dashboard/vendorQueue'
import { STATE_LABELS, isWorkflowState } from '../../workflow/states'
import { REVIEWED_LABELS } from '../../workflow/collections'
import { CancelScheduled } from './CancelScheduled'
import { ReconfirmationSection } from './ReconfirmationSection'
import { VendorQueueSection } from './VendorQueueSection'
import { VendorStart } from './VendorStart'
import { Section, Table } from './Section'
import { DASHBOARD_TEXT, type DashboardLang } from './texts'

type Props = { payload: Payload; user?: TypedUser | null; i18n?: { language?: string } }

const LOCALE: Record<DashboardLang, string> = { nb: 'nb-NO', en: 'en-GB' }

function formatter(lang: DashboardLang, withTime: boolean) {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' as const } : {}),
    timeZone: 'Europe/Oslo',
  })
}

function When({ iso, lang, withTime = true }: { iso: string; lang: DashboardLang; withTime?: boolean }) {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  return <time dateTime={date.toISOString()}>{formatter(lang, withTime).format(date)}</time>
}

/** A failed job by name: a mail by its subject and recipients, a mail to subscribers by how many, never who. */
function failedJobName(item: FailedJob, t: (typeof DASHBOARD_TEXT)[DashboardLang]): string {
  if (!item.mail) return item.task
  if (item.mail.subscribers) return t.subscriberMail(item.mail.subject, item.mail.subscribers)
  return t.mail(item.mail.subject, item.mail.to.join(', '))
}

const DocLink = ({ doc }: { doc: DocumentRef }) => <a href={doc.href}>{doc.title}</a>

/**
 * The admin's start page for staff (Payload's beforeDashboard, above the collection cards): vendor entries
 * "Til vurdering" (oldest first, with how long each has waited), what awaits my review, my drafts, what is
 * scheduled, review dates overdue or within 30 days, what was published in the last 14 days, and failed jobs
 * and e-mails. Read as the logged-in user (src/dashboard/). Vendors see none of it: their
 * own start page (issue 12) goes in VendorStart.
 */
export async function EditorialDashboard({ payload, user, i18n }: Props) {
  if (!user) return null
  const lang: DashboardLang = i18n?.language === 'en' ? 'en' : 'nb'
  if (!isStaff({ req: { user } })) return <VendorStart payload={payload} user={user} lang={lang} />
  const t = DASHBOARD_TEXT[lang]
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as TypedUser }, payload)
  const [data, queue] = await Promise.all([editorialDashboard(req), vendorQueue(req)])
  const kind = (collection: DocumentRef['collection']) => REVIEWED_LABELS[collection][lang]

  return (
    <div className="vv-dashboard" aria-labelledby="vv-dashboard-title" role="region">
      <h1 id="vv-dashboard-title">{t.title}</h1>
      <p>{t.intro}</p>

      <VendorQueueSection items={queue} lang={lang} />

      <Section id="vv-review" title={t.review} empty={t.reviewEmpty} count={data.review.length}>
        <Table labelledBy="vv-review" columns={[t.document, t.collection, t.changed]}>
          {data.review.map((item) => (
            <tr key={`${item.collection}-${item.id}`}>
              <td><DocLink doc={item} /></td>
              <td>{kind(item.collection)}</td>
              <td>{item.updatedAt ? <When iso={item.updatedAt} lang={lang} /> : null}</td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section id="vv-drafts" title={t.drafts} empty={t.draftsEmpty} count={data.drafts.length}>
        <Table labelledBy="vv-drafts" columns={[t.document, t.collection, t.state, t.changed]}>
          {data.drafts.map((item) => (
            <tr key={`${item.collection}-${item.id}`}>
              <td><DocLink doc={item} /></td>
              <td>{kind(item.collection)}</td>
              <td>{isWorkflowState(item.state) ? STATE_LABELS.editorial[item.state][lang] : item.state}</td>
              <td>{item.updatedAt ? <When iso={item.updatedAt} lang={lang} /> : null}</td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section id="vv-scheduled" title={t.scheduled} empty={t.scheduledEmpty} count={data.scheduled.length}>
        <Table labelledBy="vv-scheduled" columns={[t.document, t.action, t.when, t.by, t.cancel]}>
          {data.scheduled.map((item) => (
            <tr key={String(item.jobId)}>
              <td>{item.document ? <DocLink doc={item.document} /> : t.unknownDocument}</td>
              <td>{item.type === 'unpublish' ? t.unpublish : t.publish}</td>
              <td><When iso={item.at} lang={lang} /></td>
              <td>{item.by ?? t.unknownUser}</td>
              <td>
                <CancelScheduled
                  jobId={item.jobId}
                  label={t.cancel}
                  accessibleLabel={t.cancelOf(item.document?.title ?? t.unknownDocument)}
                  busyLabel={t.cancelling}
                  doneLabel={t.cancelled}
                />
              </td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section id="vv-review-dates" title={t.dates} empty={t.datesEmpty} count={data.dates.length}>
        <Table labelledBy="vv-review-dates" columns={[t.document, t.collection, t.reviewDate, t.state]}>
          {data.dates.map((item) => (
            <tr key={`${item.collection}-${item.id}`} data-overdue={item.overdue ? 'true' : undefined}>
              <td><DocLink doc={item} /></td>
              <td>{kind(item.collection)}</td>
              <td><When iso={item.nextReviewAt} lang={lang} withTime={false} /></td>
              <td>{item.overdue ? <strong>{t.overdue}</strong> : t.dueSoon}</td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section id="vv-published" title={t.published} empty={t.publishedEmpty} count={data.published.length}>
        <Table labelledBy="vv-published" columns={[t.document, t.collection, t.when, t.by, t.note]}>
          {data.published.map((item) => (
            <tr key={`${item.collection}-${item.id}-${item.publishedAt}`}>
              <td><DocLink doc={item} /></td>
              <td>{kind(item.collection)}</td>
              <td><When iso={item.publishedAt} lang={lang} /></td>
              <td>{item.by ?? ''}</td>
              <td>{item.note ?? ''}</td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section id="vv-failed" title={t.failed} empty={t.failedEmpty} count={data.failed.length}>
        <Table labelledBy="vv-failed" columns={[t.job, t.error, t.tries, t.when]}>
          {data.failed.map((item) => (
            <tr key={String(item.id)}>
              <td>{failedJobName(item, t)}</td>
              <td>{item.stuck ? t.stuck : item.error}</td>
              <td>{item.tries}</td>
              <td><When iso={item.at} lang={lang} /></td>
            </tr>
          ))}
        </Table>
      </Section>

      <ReconfirmationSection req={req} lang={lang} />
    </div>
  )
}
