import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** What the global setup hands to the tests: where the server is and how to log in. */
/** `secret` is the server's PAYLOAD_SECRET, for tests that run a script against its database (as an operator would). */
/** `mailDir` holds every message the server sent, one JSON file each, as the setup's SMTP server received it (helpers/mail.ts reads it). */
export type E2EState = {
  baseURL: string
  adminEmail: string
  adminPassword: string
  dir: string
  logFile: string
  pid: number
  secret: string
  mailDir: string
}

/** Written by setup.ts, read by every test file (jest runs them in other module registries). */
export const STATE_FILE = path.join(os.tmpdir(), 'videoveileder-e2e-state.json')

export function writeState(state: E2EState): void {
  fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2))
}

export function readState(): E2EState {
  return JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) as E2EState
}
