import { describe, expect, test } from '@jest/globals'

import { api, loginAdmin } from './helpers/api'
import { adminCredentials, loginInBrowser } from './helpers/admin'
import { browserForSuite } from './helpers/browser'

/**
 * The API's guards (src/api/guardApi.ts) look every relation up when a document is saved; the admin's own
 * save of a document with relations (profession groups) must still go through.
 */
describe('saving in the admin', () => {
  const browser = browserForSuite()

  test('the admin saves a seeded video solution with its profession groups as a draft', async () => {
    const token = await loginAdmin()
    const found = await api<{ docs: { id: number | string; professionCategories: unknown[] }[] }>('GET', '/vendors?limit=1&depth=0&sort=name', token)
    const vendor = found.json.docs[0]!
    expect(vendor.professionCategories.length).toBeGreaterThan(0)

    const { page } = browser
    await loginInBrowser(page, adminCredentials())

    // The content language is the admin user's saved preference, which other tests change: edit bokmål.
    await page.goto(`/admin/collections/vendors/${vendor.id}?locale=nb`, { waitUntil: 'domcontentloaded' })
    const description = page.locator('textarea[name="shortDescription"]')
    await description.waitFor({ timeout: 60_000 })
    await description.fill(`Endret i adminpanelet ${Date.now()}`)
    await page.getByRole('button', { name: 'Lagre utkast' }).click()
    await page.getByText('Utkast lagret.').first().waitFor({ timeout: 30_000 })

    const after = await api<{ professionCategories: unknown[]; shortDescription: string }>('GET', `/vendors/${vendor.id}?draft=true&depth=0`, token)
    expect(after.json.shortDescription).toMatch(/^Endret i adminpanelet/)
    expect(after.json.professionCategories).toEqual(vendor.professionCategories)
  }, 180_000)
})
