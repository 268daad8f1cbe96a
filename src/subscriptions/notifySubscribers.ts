import type { PayloadRequest } from 'payload'

import type { LoggedCollection } from '../changes/loggedCollections'
import type { PendingChange } from '../changes/pendingChanges'
import { formatDate } from '../i18n/format'
import { isLang, type Lang } from '../i18n/langs'
import { PAGE_PATHS } from '../i18n/paths'
import { documentPages } from './documentPages'
import { siteUrl } from './links'
import { pageKeyOf, SITE } from './pageKey'
import { queueSubscriberMail } from './subscriberMail'
import { CHANGE_MAIL, followedName } from './texts'

type Subscriber = { id: number | string; createdAt: string; page: string; language?: string | null }

/**
 * Queues one e-mail per confirmed subscriber of the changed page (the article's own, and the whole guide's)
 * with the change note in the subscriber's language (bokmål when it has none) and a signed one-click
 * unsubscribe link, both added when the job sends it (the queued job names only the subscription and the
 * change, src/subscriptions/subscriberMail.ts). In the publish's transaction: a rolled-back publish mails nobody.
 */
export async function notifySubscribers(req: PayloadRequest, args: { collection: LoggedCollection; docId: number | string; change: PendingChange }): Promise<void> {
  const { collection, docId, change } = args
  const keys = [pageKeyOf(SITE), ...(collection === 'articles' ? [pageKeyOf({ kind: 'article', id: String(docId) })] : [])]
  const { docs } = await req.payload.find({
    collection: 'subscriptions',
    where: { and: [{ page: { in: keys } }, { confirmedAt: { exists: true } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return
  const pages = await documentPages(req.payload, req, collection, docId)
  for (const subscriber of docs as unknown as Subscriber[]) {
    const lang: Lang = isLang(subscriber.language) ? subscriber.language : 'nb'
    const followsSite = subscriber.page === pageKeyOf(SITE)
    const title = pages.title(lang)
    await queueSubscriberMail(req, {
      subscription: String(subscriber.id),
      createdAt: subscriber.createdAt,
      lang,
      subject: CHANGE_MAIL[lang].subject(title),
      followed: followedName(lang, followsSite ? null : title),
      template: 'change',
      change: {
        title,
        date: formatDate(change.at, lang),
        note: change.notes[lang] ?? change.notes.nb ?? Object.values(change.notes)[0] ?? '',
        pageUrl: siteUrl(lang, pages.page(lang)),
        historyUrl: siteUrl(lang, followsSite ? PAGE_PATHS.changes : pages.history(lang)),
      },
    })
  }
}
