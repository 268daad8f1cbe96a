import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** One message as the SMTP server received it, parsed. */
export type CapturedMail = { from: string; to: string[]; subject: string; text: string; html?: string; raw: string }

export type SmtpCapture = {
  port: number
  /** Every message accepted so far, in arrival order. */
  messages: CapturedMail[]
  /** How many times a client tried to deliver (accepted or refused). */
  attempts: () => number
  /** From now on answer every message with a permanent 550 (true) or accept again (false). */
  refuse: (on: boolean) => void
  /** Resolves with the first message (already there or still to come) that matches; rejects after timeoutMs. */
  waitFor: (predicate: (mail: CapturedMail) => boolean, timeoutMs?: number) => Promise<CapturedMail>
  close: () => Promise<void>
}

/**
 * A real SMTP server on a free local port, in the test's own process, that keeps what it receives (or, with
 * `refuse`, answers every message with a permanent 550). Point a booted Payload at it with smtpEnv(port).
 * `onMessage` sees each accepted message as it arrives (the e2e setup writes them where test files read them).
 */
export async function startSmtpCapture(options: { refuse?: boolean; onMessage?: (mail: CapturedMail) => void } = {}): Promise<SmtpCapture> {
  let refusing = options.refuse === true
  const messages: CapturedMail[] = []
  const waiting = new Set<() => void>()
  let attempts = 0
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onData(stream, session, callback) {
      attempts += 1
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        if (refusing) return callback(Object.assign(new Error('Mailbox unavailable (test refuses)'), { responseCode: 550 }))
        const raw = Buffer.concat(chunks).toString('utf8')
        simpleParser(raw).then(
          (parsed) => {
            messages.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              ...(typeof parsed.html === 'string' ? { html: parsed.html } : {}),
              raw,
            })
            options.onMessage?.(messages.at(-1)!)
            for (const wake of waiting) wake()
            callback()
          },
          (error: Error) => callback(error),
        )
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const port = (server.server.address() as AddressInfo).port

  function waitFor(predicate: (mail: CapturedMail) => boolean, timeoutMs = 5000): Promise<CapturedMail> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = messages.find(predicate)
        if (!found) return false
        cleanup()
        resolve(found)
        return true
      }
      const timer = setTimeout(() => {
        cleanup()
        reject(new Error(`no matching mail within ${timeoutMs} ms; received: ${messages.map((m) => m.subject).join(', ') || 'nothing'}`))
      }, timeoutMs)
      const wake = () => void check()
      const cleanup = () => {
        clearTimeout(timer)
        waiting.delete(wake)
      }
      waiting.add(wake)
      check()
    })
  }

  return {
    port,
    messages,
    attempts: () => attempts,
    refuse: (on) => {
      refusing = on
    },
    waitFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The environment that points a Payload booted after it at the capture (set before bootPayload). */
export function smtpEnv(port: number): Record<string, string> {
  return { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false', MAIL_FROM: 'Videoveileder test <test@videoveileder.example.no>' }
}
