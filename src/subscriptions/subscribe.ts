import { createLocalReq, type Payload } from 'payload'

import type { Lang } from '../i18n/langs'
import { pageKeyOf, parsePageKey, type PageRef } from './pageKey'
import { queueSubscriberMail } from './subscriberMail'
import { CONFIRM_MAIL, followedName, type Refusal } from './texts'
import { CONFIRM_TTL_MS } from './tokens'

export type SubscribeInput = { email: unknown; page: unknown; lang: Lang }
export type Outcome = { ok: true } | { ok: false; refusal: Refusal }

const EMAIL = /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+\.[^\s@<>()",;:\\[\]]+$/

/** The address as stored (trimmed, lower case), or null when it is not one. */
export function normalEmail(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const email = raw.trim().toLowerCase()
  return email.length <= 254 && EMAIL.test(email) ? email : null
}

/** The followed article's title in the reader's language, or null when the public cannot read it (no such page). */
async function publicArticleTitle(payload: Payload, id: string, lang: Lang): Promise<string | null> {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { id: { equals: id } },
    overrideAccess: false,
    draft: false,
    locale: lang,
    fallbackLocale: 'nb',
    depth: 0,
    limit: 1,
    select: { title: true },
  })
  return docs[0] ? (docs[0].title ?? '') : null
}

/** Unconfirmed subscriptions whose link has expired: deleted when the next reader subscribes. */
export async function deleteExpiredUnconfirmed(payload: Payload, now = Date.now()): Promise<void> {
  await payload.delete({
    collection: 'subscriptions',
    where: { and: [{ confirmedAt: { exists: false } }, { createdAt: { less_than: new Date(now - CONFIRM_TTL_MS).toISOString() } }] },
    overrideAccess: true,
  })
}

/**
 * A reader asks for alerts about one page (double opt-in): a new, unconfirmed subscription and a mail with a
 * signed confirmation link that expires after 48 hours (signed when the mail is sent, src/subscriptions/subscriberMail.ts). An address already waiting for confirmation gets a new
 * link; one already confirmed gets nothing (the answer is the same either way, so the form tells nobody
 * whether an address follows a page).
 */
export async function subscribe(payload: Payload, input: SubscribeInput): Promise<Outcome> {
  const email = normalEmail(input.email)
  if (!email) return { ok: false, refusal: 'invalid-email' }
  const page: PageRef | null = parsePageKey(input.page)
  if (!page) return { ok: false, refusal: 'unknown-page' }
  const title = page.kind === 'article' ? await publicArticleTitle(payload, page.id, input.lang) : null
  if (page.kind === 'article' && title === null) return { ok: false, refusal: 'unknown-page' }

  await deleteExpiredUnconfirmed(payload)
  const key = pageKeyOf(page)
  const { docs } = await payload.find({ collection: 'subscriptions', where: { and: [{ email: { equals: email } }, { page: { equals: key } }] }, limit: 1, depth: 0, overrideAccess: true })
  const existing = docs[0]
  if (existing?.confirmedAt) return { ok: true }
  const subscription = existing
    ? await payload.update({ collection: 'subscriptions', id: existing.id, data: { language: input.lang }, overrideAccess: true })
    : await payload.create({ collection: 'subscriptions', data: { email, page: key, language: input.lang }, overrideAccess: true })

  const req = await createLocalReq({}, payload)
  await queueSubscriberMail(req, {
    subscription: String(subscription.id),
    createdAt: subscription.createdAt,
    lang: input.lang,
    subject: CONFIRM_MAIL[input.lang].subject,
    followed: followedName(input.lang, title),
    template: 'confirm',
    expiresAt: Date.now() + CONFIRM_TTL_MS,
  })
  return { ok: true }
}
