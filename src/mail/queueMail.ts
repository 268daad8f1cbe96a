import { APIError, type PayloadRequest } from 'payload'

import type { MailInput } from './sendMailTask'

/** `unsubscribeUrl`: a one-click unsubscribe address, sent as List-Unsubscribe with List-Unsubscribe-Post (RFC 8058). */
export type Mail = { to: string | string[]; subject: string; text: string; html?: string; unsubscribeUrl?: string }

/**
 * Queues one e-mail as a 'sendMail' job in `req`'s transaction (no mail for a change that is rolled back).
 * The job sends it with retries; a send that keeps failing stays a failed job, never dropped silently.
 */
export async function queueMail(req: PayloadRequest, mail: Mail): Promise<void> {
  const to = (Array.isArray(mail.to) ? mail.to : [mail.to]).map((address) => address.trim()).filter(Boolean)
  if (to.length === 0) throw new APIError('queueMail: an e-mail needs at least one recipient', 500)
  const input: MailInput = {
    to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    ...(mail.unsubscribeUrl ? { unsubscribeUrl: mail.unsubscribeUrl } : {}),
  }
  await req.payload.jobs.queue({ task: 'sendMail' as never, input: input as never, req })
}
