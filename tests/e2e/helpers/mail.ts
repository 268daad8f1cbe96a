import fs from 'node:fs'
import path from 'node:path'

import type { CapturedMail } from '../../helpers/smtp'
import { readState } from './state'

export type { CapturedMail }

/** Every message the suite's server has sent so far (through the setup's SMTP server), oldest first. */
export function sentMail(): CapturedMail[] {
  const dir = readState().mailDir
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as CapturedMail)
}

/** Resolves with the first sent message that matches (already there or still to come); throws after timeoutMs naming what did arrive. */
export async function waitForMail(predicate: (mail: CapturedMail) => boolean, timeoutMs = 30_000): Promise<CapturedMail> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const all = sentMail()
    const found = all.find(predicate)
    if (found) return found
    if (Date.now() > deadline) {
      throw new Error(`no matching mail within ${timeoutMs} ms; the server sent: ${all.map((m) => `${m.to.join(',')}: ${m.subject}`).join(' | ') || 'nothing'}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** Whether a message went to this address. */
export const to = (address: string) => (mail: CapturedMail) => mail.to.map((a) => a.toLowerCase()).includes(address.toLowerCase())
