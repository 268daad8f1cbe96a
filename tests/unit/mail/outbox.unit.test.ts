import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'

import { mailAdapter } from '../../../src/mail/adapter'
import { mailSettings } from '../../../src/mail/settings'

type Logged = { level: 'warn' | 'info'; message: string }

function fakePayload(logged: Logged[]): Payload {
  const logger = {
    warn: (message: string) => logged.push({ level: 'warn', message }),
    info: (message: string) => logged.push({ level: 'info', message }),
  }
  return { logger } as unknown as Payload
}

const saved = { ...process.env }
let dir: string

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vv-outbox-test-'))
  process.env.MAIL_OUTBOX_DIR = dir
  delete process.env.SMTP_HOST
})

afterEach(async () => {
  for (const name of ['NODE_ENV', 'SMTP_HOST', 'MAIL_OUTBOX_DIR', 'MAIL_FROM'] as const) {
    const env = process.env as Record<string, string | undefined>
    if (saved[name] === undefined) delete env[name]
    else env[name] = saved[name]
  }
  await fs.rm(dir, { recursive: true, force: true })
})

describe('without SMTP_HOST, mail goes to the outbox folder', () => {
  it('writes each message as an .eml file a developer can open', async () => {
    process.env.MAIL_FROM = 'Veilederen <post@videoveileder.example.no>'
    const adapter = mailAdapter({ payload: fakePayload([]) })
    await adapter.sendEmail({ to: 'utvikler@example.no', subject: 'Prøvemelding æøå', text: 'Hei fra utboksen.' })

    const files = await fs.readdir(dir)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/\.eml$/)
    const mail = await simpleParser(await fs.readFile(path.join(dir, files[0]!)))
    expect({ subject: mail.subject, to: mail.to && !Array.isArray(mail.to) ? mail.to.text : '', from: mail.from?.text, text: mail.text?.trim() }).toEqual({
      subject: 'Prøvemelding æøå',
      to: 'utvikler@example.no',
      from: '"Veilederen" <post@videoveileder.example.no>',
      text: 'Hei fra utboksen.',
    })
  })

  it('in production it starts anyway and warns once that no mail leaves the server', () => {
    ;(process.env as Record<string, string>).NODE_ENV = 'production'
    const logged: Logged[] = []
    mailAdapter({ payload: fakePayload(logged) })
    const warnings = logged.filter((entry) => entry.level === 'warn')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.message).toContain('SMTP_HOST is not set')
    expect(warnings[0]!.message).toContain(dir)
  })

  it('with SMTP_HOST the settings name that server and no outbox', () => {
    expect(mailSettings({ SMTP_HOST: 'smtp.example.no', SMTP_PORT: '2525', SMTP_USER: 'u', SMTP_PASS: 'p', SMTP_SECURE: 'false' })).toEqual({
      kind: 'smtp',
      host: 'smtp.example.no',
      port: 2525,
      secure: false,
      user: 'u',
      pass: 'p',
      from: { name: 'Videoveileder', address: 'ikke-svar@videoveileder.example.no' },
    })
    expect(mailSettings({ SMTP_HOST: 'smtp.example.no', SMTP_SECURE: 'true' })).toMatchObject({ port: 465, secure: true })
    expect(mailSettings({}).kind).toBe('outbox')
  })
})
