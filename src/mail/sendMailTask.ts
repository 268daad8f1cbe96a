import type { PayloadRequest, TaskConfig } from 'payload'

/** One e-mail as a job's input. */
export type MailInput = { to: string[]; subject: string; text: string; html?: string; unsubscribeUrl?: string }

/** The headers of a mail a reader can leave with one click: List-Unsubscribe and its one-click POST (RFC 8058). */
export const unsubscribeHeaders = (url: string | undefined) =>
  url ? { headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } } : {}

/** Tries after the first: with the backoff below about 15 minutes in all before the job stays failed. */
export const MAIL_RETRIES = 5

/** The first retry's delay (doubling after that); MAIL_RETRY_DELAY_MS shortens it for tests. */
function retryDelayMs(): number {
  const delay = Number(process.env.MAIL_RETRY_DELAY_MS || Number.NaN)
  return Number.isFinite(delay) && delay >= 0 ? delay : 30_000
}

/** The retries of every mail task (sendMail, and src/subscriptions' sendSubscriberMail). */
export const mailRetries = () => ({ attempts: MAIL_RETRIES, backoff: { type: 'exponential' as const, delay: retryDelayMs() } })

/** Logs a failed send with the job's id and try, by subject only (never the recipient), for the job to be retried. */
export function logFailedSend(req: PayloadRequest, task: string, job: { id: number | string; totalTried?: number | null }, subject: string, error: unknown): void {
  const attempt = (job.totalTried ?? 0) + 1
  req.payload.logger.error({ err: error, jobId: job.id, attempt }, `${task} job ${job.id}: e-mail "${subject}" not sent (attempt ${attempt} of ${MAIL_RETRIES + 1})`)
}

/**
 * The job that sends one e-mail (queued by src/mail/queueMail.ts) through Payload's e-mail adapter. A failed
 * send is logged with the job's id and thrown, so Payload retries it; after the last try the job stays in
 * payload-jobs with hasError, where the dashboard lists it as a failed e-mail.
 */
export const sendMailTask: TaskConfig<{ input: MailInput; output: object }> = {
  slug: 'sendMail',
  label: 'Send e-post',
  inputSchema: [
    { name: 'to', type: 'text', hasMany: true, required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea' },
    { name: 'unsubscribeUrl', type: 'text' },
  ],
  retries: mailRetries(),
  handler: async ({ input, job, req }) => {
    try {
      await req.payload.sendEmail({
        to: input.to,
        subject: input.subject,
        text: input.text,
        ...(input.html ? { html: input.html } : {}),
        ...unsubscribeHeaders(input.unsubscribeUrl),
      })
    } catch (error) {
      logFailedSend(req, 'sendMail', job, input.subject, error)
      throw error
    }
    return { output: {} }
  },
}
