import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, killGroup, startProductionServer } from '../helpers/server'
import { openBrowser, type Browser } from './helpers/browser'

/**
 * The create-first-user screen needs a database without users, and the suite's server has an admin from
 * ADMIN_EMAIL. So this test starts a second production server from the same build, on an empty database of
 * its own (no ADMIN_EMAIL, no seed), and stops it (its process group, by id) afterwards.
 */
describe('the first account, as the person setting up the site meets it', () => {
  let browser: Browser
  let server: ChildProcess
  let base: string
  let dir: string

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vv-first-user-'))
    const port = await freePort()
    base = `http://localhost:${port}`
    const { ADMIN_EMAIL: _e, ADMIN_PASSWORD: _p, ...inherited } = process.env
    server = await startProductionServer({
      baseURL: base,
      env: {
        ...inherited,
        NODE_ENV: 'production',
        NODE_OPTIONS: '',
        PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
        DATABASE_URI: `file:${path.join(dir, 'empty.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        PORT: String(port),
        SERVER_URL: base,
        SEED_ON_EMPTY: 'false',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      logFile: path.join(dir, 'server.log'),
      timeoutMs: 120_000,
    })
    browser = await openBrowser()
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    if (server?.pid) killGroup(server, 'SIGTERM')
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('says the account becomes an administrator, asks for no role or organisation, and makes an admin', async () => {
    const { page } = browser
    await page.goto(`${base}/admin/create-first-user`, { waitUntil: 'domcontentloaded' })
    await page.locator('input[name="email"]').waitFor({ timeout: 60_000 })
    await page.getByText('Denne kontoen blir administrator.').waitFor({ timeout: 30_000 })
    expect(await page.getByText('Organisasjon (leverandører)').count()).toBe(0)
    expect(await page.getByText('Roller', { exact: true }).count()).toBe(0)
    expect(await page.getByText('Leverandør', { exact: true }).count()).toBe(0)

    const email = 'forste-admin@e2e.example.no'
    const password = `Forste-admin-${crypto.randomBytes(4).toString('hex')}`
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', password)
    await page.fill('input[name="confirm-password"]', password)
    await page.fill('input[name="name"]', 'Første Admin')
    await page.click('button[type="submit"]')
    await page.getByText('Videoløsninger').first().waitFor({ timeout: 60_000 })

    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    const { user } = (await login.json()) as { user?: { roles?: string[] } }
    expect(user?.roles).toEqual(['admin'])
  }, 180_000)
})
