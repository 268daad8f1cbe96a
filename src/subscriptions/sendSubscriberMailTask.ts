import { APIError, type TaskConfig } from 'payload'

import { withoutAddresses } from '../mail/redact'
import { logFailedSend, mailRetries, unsubscribeHeaders } from '../mail/sendMailTask'
import { buildSubscriberMail, isStillWanted, SUBSCRIBER_MAIL_TASK, type Subscription, type SubscriberMailInput } from './subscriberMail'

/**
 * The job that sends one mail to a subscriber (queued by queueSubscriberMail): it reads the address and signs
 * the link only now, so the queue staff can read holds neither. A subscription gone by then (unsubscribed)
 * gets nothing and the job ends. Retries and failure logging as sendMail; a failed one stays a failed job,
 * which the dashboard counts by subject.
 */
export const sendSubscriberMailTask: TaskConfig<{ input: SubscriberMailInput; output: { sent: boolean } }> = {
  slug: SUBSCRIBER_MAIL_TASK,
  label: 'Send e-post til abonnent',
  inputSchema: [
    { name: 'subscription', type: 'text', required: true },
    { name: 'createdAt', type: 'text', required: true },
    { name: 'lang', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'followed', type: 'text', required: true },
    { name: 'template', type: 'text', required: true },
    { name: 'expiresAt', type: 'number' },
    { name: 'change', type: 'json' },
  ],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries: mailRetries(),
  handler: async ({ input, job, req }) => {
    const found = (await req.payload.findByID({ collection: 'subscriptions', id: input.subscription, depth: 0, overrideAccess: true, disableErrors: true, req })) as Subscription | null
    if (!isStillWanted(input, found)) {
      req.payload.logger.info({ jobId: job.id, subscription: input.subscription }, `${SUBSCRIBER_MAIL_TASK} job ${job.id}: "${input.subject}" not sent, the subscription is gone or no longer waits for it`)
      return { output: { sent: false } }
    }
    const mail = buildSubscriberMail(req.payload.secret, input, found)
    try {
      await req.payload.sendEmail({ to: mail.to, subject: mail.subject, text: mail.text, ...unsubscribeHeaders(mail.unsubscribeUrl) })
    } catch (error) {
      logFailedSend(req, SUBSCRIBER_MAIL_TASK, job, input.subject, error)
      // The job's stored error is read by staff: an SMTP refusal that names the reader's address must not be.
      throw new APIError(withoutAddresses(error instanceof Error ? error.message : String(error)), 502)
    }
    return { output: { sent: true } }
  },
}
