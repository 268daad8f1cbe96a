// Global setup of the browser tests: a fresh production build, a fresh SQLite database in a temp dir, and
// the production server started the way `npm start` starts it (migrations, seed when empty, next start).
// Its mail goes to a real SMTP server in this process, which writes each message into the state's mailDir.
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, killGroup, startProductionServer } from '../helpers/server'
import { smtpEnv, startSmtpCapture, type SmtpCapture } from '../helpers/smtp'
import { STATE_FILE, writeState, type E2EState } from './helpers/state'

const ROOT = process.cwd()
const SECRET = crypto.randomBytes(24).toString('hex')
const START_TIMEOUT_MS = 180_000

function build(env: NodeJS.ProcessEnv): void {
  if (process.env.E2E_SKIP_BUILD === '1' && fs.existsSync(path.join(ROOT, '.next/BUILD_ID'))) {
    console.log('[e2e] E2E_SKIP_BUILD=1: using the existing .next build')
    return
  }
  const started = Date.now()
  console.log('[e2e] next build ...')
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { cwd: ROOT, env, encoding: 'utf8' })
  if (result.status !== 0) {
    console.error(result.stdout?.slice(-4000), result.stderr?.slice(-4000))
    throw new Error(`next build failed (exit ${result.status})`)
  }
  console.log(`[e2e] next build done in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

export default async function setup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vv-e2e-'))
  const port = await freePort()
  const baseURL = `http://localhost:${port}`
  const adminEmail = `admin-${crypto.randomBytes(3).toString('hex')}@e2e.example.no`
  const adminPassword = `E2e-${crypto.randomBytes(9).toString('hex')}`
  const mailDir = path.join(dir, 'mail')
  fs.mkdirSync(mailDir)
  let received = 0
  // Written whole, then renamed: a test reading the folder never sees half a message.
  const smtp = await startSmtpCapture({
    onMessage: (mail) => {
      const name = `${String(++received).padStart(6, '0')}.json`
      fs.writeFileSync(path.join(mailDir, `${name}.tmp`), JSON.stringify(mail))
      fs.renameSync(path.join(mailDir, `${name}.tmp`), path.join(mailDir, name))
    },
  })
  ;(globalThis as { __E2E_SMTP__?: SmtpCapture }).__E2E_SMTP__ = smtp
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NODE_OPTIONS: '',
    PAYLOAD_SECRET: SECRET,
    DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PORT: String(port),
    SERVER_URL: baseURL,
    ADMIN_EMAIL: adminEmail,
    ADMIN_PASSWORD: adminPassword,
    NEXT_TELEMETRY_DISABLED: '1',
    ...smtpEnv(smtp.port),
  }
  // The build runs as the README's Production section has it: without PAYLOAD_SECRET, which only `npm start` needs.
  const { PAYLOAD_SECRET: _runtimeOnly, ...buildEnv } = env
  const logFile = path.join(dir, 'server.log')
  let started = Date.now()
  let child: Awaited<ReturnType<typeof startProductionServer>>
  try {
    build(buildEnv)
    // Cached reads from earlier runs belong to other databases (the cache keys also say so; this keeps it tidy).
    fs.rmSync(path.join(ROOT, '.next/cache/fetch-cache'), { recursive: true, force: true })
    // Its own process group, so teardown can stop the wrapper, the seed and next start together.
    started = Date.now()
    child = await startProductionServer({ baseURL, env, logFile, timeoutMs: START_TIMEOUT_MS })
  } catch (error) {
    // No server to tear down: the SMTP server must not keep jest running.
    await smtp.close()
    throw error
  }
  console.log(`[e2e] server ready at ${baseURL} in ${((Date.now() - started) / 1000).toFixed(1)} s (log: ${logFile})`)

  const state: E2EState = { baseURL, adminEmail, adminPassword, dir, logFile, pid: child.pid!, secret: SECRET, mailDir }
  writeState(state)
  ;(globalThis as { __E2E_STATE__?: E2EState }).__E2E_STATE__ = state
  child.unref()
}

/** Stops the server this setup started (its process group, by id) and its SMTP server, and removes the temp database. */
export async function teardown(): Promise<void> {
  const state = (globalThis as { __E2E_STATE__?: E2EState }).__E2E_STATE__
  if (!state) return
  killGroup(state, 'SIGTERM')
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    try {
      process.kill(-state.pid, 0)
      await new Promise((r) => setTimeout(r, 200))
    } catch {
      break
    }
  }
  killGroup(state, 'SIGKILL')
  await (globalThis as { __E2E_SMTP__?: SmtpCapture }).__E2E_SMTP__?.close()
  if (process.env.E2E_KEEP !== '1') fs.rmSync(state.dir, { recursive: true, force: true })
  fs.rmSync(STATE_FILE, { force: true })
}
