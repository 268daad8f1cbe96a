import path from 'node:path'

/** Where mail goes: an SMTP server, or .eml files in a folder (development, tests, or an unconfigured server). */
export type MailSettings =
  | { kind: 'smtp'; host: string; port: number; secure: boolean; user?: string; pass?: string; from: Sender }
  | { kind: 'outbox'; dir: string; from: Sender }

export type Sender = { name: string; address: string }

const DEFAULT_SENDER: Sender = { name: 'Videoveileder', address: 'ikke-svar@videoveileder.example.no' }

/** `Name <address>` or a bare address. */
export function parseSender(raw: string | undefined): Sender {
  const value = raw?.trim()
  if (!value) return DEFAULT_SENDER
  const match = /^(.*)<([^<>\s]+@[^<>\s]+)>$/.exec(value)
  if (match) return { name: match[1]!.trim().replace(/^"|"$/g, '') || DEFAULT_SENDER.name, address: match[2]! }
  return { name: DEFAULT_SENDER.name, address: value }
}

/**
 * The mail settings from the environment: SMTP_HOST (and SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASS) sends
 * through that server; without SMTP_HOST every message is written to MAIL_OUTBOX_DIR (default ./outbox).
 */
export function mailSettings(env: Record<string, string | undefined> = process.env): MailSettings {
  const from = parseSender(env.MAIL_FROM)
  const host = env.SMTP_HOST?.trim()
  if (!host) return { kind: 'outbox', dir: path.resolve(env.MAIL_OUTBOX_DIR?.trim() || 'outbox'), from }
  const secure = env.SMTP_SECURE === 'true'
  const port = Number(env.SMTP_PORT) > 0 ? Number(env.SMTP_PORT) : secure ? 465 : 587
  return {
    kind: 'smtp',
    host,
    port,
    secure,
    ...(env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : {}),
    from,
  }
}
