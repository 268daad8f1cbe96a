import type { PayloadRequest, TaskConfig } from 'payload'

import { osloDay } from '../i18n/format'
import { queueMail } from '../mail/queueMail'
import { startOfOsloDay } from './osloTime'
import { remindReconfirmations } from './reconfirmationReminders'

/** The task that e-mails owners whose review date has passed (hourly; each document and date once). */
export const REVIEW_REMINDER_TASK = 'remindOverdueReviews'

/** The collections with a next-review date, and what names a document of each. */
export const REVIEWED_COLLECTIONS = { articles: 'title', vendors: 'name' } as const
type Reviewed = keyof typeof REVIEWED_COLLECTIONS

type Overdue = { id: number | string; title?: string; name?: string; nextReviewAt: string; owner?: unknown; contactEmail?: string | null }

/** The key that remembers a reminder (payload-kv, in the database): one per document and review date. */
export const reminderKey = (collection: Reviewed, id: number | string, nextReviewAt: string) => `review-reminder:${collection}:${id}:${osloDay(nextReviewAt)}`

/**
 * Who is reminded: an article's responsible editor; for a vendor entry (whose organisation's members come with
 * issue 12) the entry's contact e-mail, else the site's address for vendor matters (SiteSettings).
 */
async function recipientOf(req: PayloadRequest, collection: Reviewed, doc: Overdue): Promise<string | undefined> {
  if (collection === 'articles') {
    const owner = doc.owner as { email?: unknown } | null | undefined
    return typeof owner?.email === 'string' ? owner.email : undefined
  }
  if (doc.contactEmail) return doc.contactEmail
  const settings = (await req.payload.findGlobal({ slug: 'site-settings', overrideAccess: true, depth: 0, req })) as { vendorContactEmail?: string | null }
  return settings.vendorContactEmail ?? undefined
}

function reminderMail(req: PayloadRequest, collection: Reviewed, doc: Overdue) {
  const title = String(doc[REVIEWED_COLLECTIONS[collection]] ?? doc.id)
  const day = osloDay(doc.nextReviewAt).split('-').reverse().join('.')
  const link = `${req.payload.config.serverURL}/admin/collections/${collection}/${doc.id}`
  const what = collection === 'articles' ? 'Artikkelen' : 'Oppføringen'
  return {
    subject: `Gjennomgang forfalt: ${title}`,
    text: [
      `${what} «${title}» skulle vært gjennomgått ${day}.`,
      '',
      'Sjekk at innholdet fortsatt stemmer, og sett en ny dato for neste gjennomgang:',
      link,
      '',
      '(English: the review date of this entry has passed. Please check it and set a new review date.)',
    ].join('\n'),
  }
}

/**
 * E-mails the owner of every article and vendor entry whose review day has passed (Oslo), once per document
 * and review date: the reminder is remembered in payload-kv, so neither the next hour's run nor a restart sends
 * it again, and a new review date gets its own reminder. A document without anyone to remind is logged.
 */
export async function sendReviewReminders(req: PayloadRequest, now = new Date()): Promise<number> {
  const { payload } = req
  const today = startOfOsloDay(osloDay(now)).toISOString()
  let sent = 0
  for (const collection of Object.keys(REVIEWED_COLLECTIONS) as Reviewed[]) {
    const { docs } = await payload.find({
      collection,
      where: { nextReviewAt: { less_than: today } },
      depth: 1,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as unknown as Overdue[]) {
      const key = reminderKey(collection, doc.id, doc.nextReviewAt)
      if (await payload.kv.has(key)) continue
      const to = await recipientOf(req, collection, doc)
      if (!to) {
        payload.logger.warn(`[reminders] ${collection} ${doc.id}: review date passed, but nobody to remind (no owner or e-mail)`)
        continue
      }
      await queueMail(req, { to, ...reminderMail(req, collection, doc) })
      await payload.kv.set(key, { to, at: now.toISOString() })
      sent++
    }
  }
  return sent
}

/**
 * Every hour (a restart misses at most one), inside the app's job runner: no outside cron. Also asks vendors to
 * re-confirm approved entries whose attestations are due, and tells the site when one turned overdue
 * (src/scheduling/reconfirmationReminders.ts).
 */
export const reviewReminderTask: TaskConfig<{ input: object; output: { sent: number; reconfirmations: number } }> = {
  slug: REVIEW_REMINDER_TASK,
  label: 'Påminnelse om gjennomgang og ny bekreftelse',
  schedule: [{ cron: '0 * * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => {
    const sent = await sendReviewReminders(req)
    const { sent: reconfirmations } = await remindReconfirmations(req)
    return { output: { sent, reconfirmations } }
  },
}
