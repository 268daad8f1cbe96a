import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll } from '@jest/globals'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

import { readState } from './state'

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export type Browser = { context: BrowserContext; page: Page; close: () => Promise<void> }

/** Debian's Chromium with a fresh profile; `javaScriptEnabled: false` for the no-script checks, `locale` for another browser language. */
export async function openBrowser(
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<Browser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vv-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    args: ARGS,
    headless: true,
    baseURL: readState().baseURL,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? 'nb-NO',
  })
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    close: async () => {
      await context.close()
      fs.rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

/**
 * One browser for the tests of a describe block: opened in a beforeAll and closed in an afterAll that this
 * registers where it is called. The object it returns is filled in place by the time the tests run.
 */
export function browserForSuite(options: Parameters<typeof openBrowser>[0] = {}): Browser {
  const browser = {} as Browser
  beforeAll(async () => {
    Object.assign(browser, await openBrowser(options))
  }, 60_000)
  afterAll(async () => {
    await browser.close?.()
  })
  return browser
}
