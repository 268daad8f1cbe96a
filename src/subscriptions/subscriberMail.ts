import type { PayloadRequest } from 'payload'

import type { Lang } from '../i18n/langs'
import { confirmUrl, unsubscribeUrl } from './links'
import { CHANGE_MAIL, CONFIRM_MAIL, type ChangeMailArgs } from './texts'
import { signToken } from './tokens'

/** The public parts of a change alert, fixed when it is queued (the page, the note, the date). */
export type ChangeParts = Omit<ChangeMailArgs, 'followed' | 'unsubscribeUrl'>

/**
 * A subscriber mail as a job's input: which subscription, which template and its public parts. Never the
 * address or a signed link: staff read the job queue, and those are built when the job sends the mail.
 */
export type SubscriberMailInput = {
  subscription: string
  /** The subscription's createdAt: an id that went to another address after a delete is not mailed. */
  createdAt: string
  lang: Lang
  subject: string
  /** What the mail names as followed (the guide, or one page by its title). */
  followed: string
} & ({ template: 'confirm'; expiresAt: number } | { template: 'change'; change: ChangeParts })

/** The task that sends them (src/subscriptions/sendSubscriberMailTask.ts). */
export const SUBSCRIBER_MAIL_TASK = 'sendSubscriberMail'

/** Queues one subscriber mail in `req`'s transaction (a rolled-back publish or subscribe mails nobody). */
export async function queueSubscriberMail(req: PayloadRequest, input: SubscriberMailInput): Promise<void> {
  await req.payload.jobs.queue({ task: SUBSCRIBER_MAIL_TASK as never, input: input as never, req })
}

export type Subscription = { id: number | string; email: string; createdAt: string; confirmedAt?: string | null }

/** The mail as sent: to the subscription's address, with its link signed now. */
export function buildSubscriberMail(secret: string, input: SubscriberMailInput, subscription: Subscription) {
  const { email, id } = subscription
  if (input.template === 'confirm') {
    const token = signToken(secret, { purpose: 'confirm', subscription: id, email, expiresAt: input.expiresAt })
    return { to: email, subject: input.subject, text: CONFIRM_MAIL[input.lang].text(input.followed, confirmUrl(input.lang, token)) }
  }
  const unsubscribe = unsubscribeUrl(input.lang, signToken(secret, { purpose: 'unsubscribe', subscription: id, email, expiresAt: 0 }))
  return {
    to: email,
    subject: input.subject,
    text: CHANGE_MAIL[input.lang].text({ ...input.change, followed: input.followed, unsubscribeUrl: unsubscribe }),
    unsubscribeUrl: unsubscribe,
  }
}

/** Why a queued mail is no longer wanted: the subscription is gone (or another's), or the step is done. */
export function isStillWanted(input: SubscriberMailInput, found: Subscription | null): found is Subscription {
  if (!found || found.createdAt !== input.createdAt) return false
  return input.template === 'confirm' ? !found.confirmedAt : Boolean(found.confirmedAt)
}
