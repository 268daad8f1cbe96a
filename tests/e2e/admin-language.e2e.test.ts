import { describe, expect, test } from '@jest/globals'

import { adminCredentials, openLoginForm, submitLoginForm } from './helpers/admin'
import { browserForSuite } from './helpers/browser'

describe('the admin’s language', () => {
  const browser = browserForSuite({ locale: 'en-US' })

  test('an English browser gets the admin in bokmål, and English once the user switches on the account page', async () => {
    const { page } = browser
    expect(await page.evaluate(() => navigator.language)).toBe('en-US')

    await openLoginForm(page)
    expect(await page.locator('html').getAttribute('lang')).toBe('nb')
    expect(await page.textContent('body')).toContain('Passord')

    await submitLoginForm(page, adminCredentials())

    await page.goto('/admin/account', { waitUntil: 'domcontentloaded' })
    const select = page.locator('#language-select')
    await select.waitFor({ timeout: 60_000 })
    await select.click({ force: true })
    await page.getByText('English', { exact: true }).click()
    await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 30_000 })

    await page.goto('/admin', { waitUntil: 'domcontentloaded' })
    await page.getByText('Video solutions').first().waitFor({ timeout: 60_000 })
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
  }, 180_000)
})
