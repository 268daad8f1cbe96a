import type { Page } from 'playwright-core'

import { readState } from './state'

export type Credentials = { email: string; password: string }

/** The administrator the global setup made (ADMIN_EMAIL / ADMIN_PASSWORD of the suite's server). */
export const adminCredentials = (): Credentials => ({ email: readState().adminEmail, password: readState().adminPassword })

/** Opens a page of the admin that shows the login form to a visitor without a session, and waits for the form. */
export async function openLoginForm(page: Page, path = '/admin'): Promise<void> {
  await page.goto(path, { waitUntil: 'domcontentloaded' })
  await page.locator('input[name="email"]').waitFor({ timeout: 60_000 })
}

/** Fills the open login form as a person would, submits it and waits for the dashboard (its "Videoløsninger"). */
export async function submitLoginForm(page: Page, { email, password }: Credentials): Promise<void> {
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.getByText('Videoløsninger').first().waitFor({ timeout: 60_000 })
}

/** Logs in through the admin's own form (at `path`, /admin unless told) and waits for the dashboard. */
export async function loginInBrowser(page: Page, credentials: Credentials, path = '/admin'): Promise<void> {
  await openLoginForm(page, path)
  await submitLoginForm(page, credentials)
}
