import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { SentMessageInfo, Transport } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

/**
 * A nodemailer transport that writes each message as an .eml file (RFC 822, opens in any mail program) to
 * `dir`, named by time so the folder lists in sending order. Where mail goes when no SMTP server is set.
 */
export function outboxTransport(dir: string): Transport<SentMessageInfo> {
  return {
    name: 'outbox',
    version: '1',
    send(mail: MailMessage<SentMessageInfo>, callback: (err: Error | null, info: SentMessageInfo) => void) {
      mail.message.build((buildError, message) => {
        if (buildError) return callback(buildError, undefined)
        const stamp = new Date().toISOString().replace(/[:.]/g, '-')
        const file = path.join(dir, `${stamp}-${crypto.randomBytes(3).toString('hex')}.eml`)
        fs.mkdir(dir, { recursive: true })
          .then(() => fs.writeFile(file, message))
          .then(
            () => callback(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId(), path: file }),
            (writeError: Error) => callback(writeError, undefined),
          )
      })
    },
  }
}
