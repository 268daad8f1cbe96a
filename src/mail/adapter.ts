import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { outboxTransport } from './outboxTransport'
import { mailSettings } from './settings'

/**
 * Payload's e-mail adapter (@payloadcms/email-nodemailer) with its transport from the environment, read when
 * Payload starts (so a test may point its own Payload at its own SMTP server): SMTP when SMTP_HOST is set,
 * otherwise the outbox folder. A production server without SMTP_HOST still starts, says so once, and keeps
 * every message in the outbox (and the dashboard shows what was queued), rather than refusing to run.
 */
export const mailAdapter: EmailAdapter = ({ payload }) => {
  const settings = mailSettings()
  const transport =
    settings.kind === 'smtp'
      ? nodemailer.createTransport({
          host: settings.host,
          port: settings.port,
          secure: settings.secure,
          ...(settings.user ? { auth: { user: settings.user, pass: settings.pass } } : {}),
        })
      : nodemailer.createTransport(outboxTransport(settings.dir))
  if (settings.kind === 'outbox' && process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build') {
    payload.logger.warn(
      `SMTP_HOST is not set: no e-mail leaves this server. Every message is written to ${settings.dir} instead; set SMTP_HOST (and SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_SECURE, MAIL_FROM) to send.`,
    )
  } else if (settings.kind === 'outbox' && process.env.NODE_ENV === 'development') {
    payload.logger.info(`E-mail is written to ${settings.dir} (no SMTP_HOST); open the .eml files in a mail program or text editor.`)
  }
  const adapter = nodemailerAdapter({
    transport,
    defaultFromAddress: settings.from.address,
    defaultFromName: settings.from.name,
    skipVerify: true,
  }).then((init) => init({ payload }))
  return {
    name: 'nodemailer',
    defaultFromAddress: settings.from.address,
    defaultFromName: settings.from.name,
    sendEmail: async (message) => (await adapter).sendEmail(message),
  }
}
