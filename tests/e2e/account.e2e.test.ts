import { beforeAll, describe, expect, test } from '@jest/globals'

import { api, login, loginAdmin, unique } from './helpers/api'
import { loginInBrowser } from './helpers/admin'
import { browserForSuite } from './helpers/browser'

/** The admin's own account page, where a signed-in user changes their password. */
describe('changing one’s own password in the admin', () => {
  const browser = browserForSuite()
  const email = `konto-${unique()}@e2e.example.no`
  const password = `Gammelt-passord-${unique()}`
  const newPassword = `Nytt-passord-${unique()}-${unique()}`

  beforeAll(async () => {
    const admin = await loginAdmin()
    const created = await api('POST', '/users', admin, { email, password, name: 'Konto-redaktør', roles: ['editor'] })
    if (created.status !== 201) throw new Error(`could not create the editor: ${created.status} ${JSON.stringify(created.json)}`)
  }, 60_000)

  test('asks for the current password, refuses without it, and changes the password with it', async () => {
    const { page } = browser
    await loginInBrowser(page, { email, password })

    await page.goto('/admin/account', { waitUntil: 'domcontentloaded' })
    const current = page.locator('input[name="currentPassword"]')
    await current.waitFor({ timeout: 60_000 })
    expect(await current.getAttribute('type')).toBe('password')
    await page.getByText(/Et nytt passord må ha minst 12 tegn/).first().waitFor({ timeout: 10_000 })

    const saved = () => page.waitForResponse((r) => /\/api\/users\/\d+/.test(r.url()) && r.request().method() === 'PATCH', { timeout: 30_000 })
    const openPasswordFields = async () => {
      await page.getByRole('button', { name: 'Endre passord' }).click()
      await page.locator('input[name="confirm-password"]').waitFor()
      // The form re-renders as the password fields open; typing into it mid-render is lost.
      await page.waitForTimeout(1000)
      await page.fill('input[name="password"]', newPassword)
      await page.fill('input[name="confirm-password"]', newPassword)
    }

    await openPasswordFields()
    const refused = saved()
    await page.click('#action-save')
    expect((await refused).status()).toBe(400)
    await page.getByText(/Skriv inn ditt nåværende passord/).first().waitFor({ timeout: 30_000 })
    await expect(login(email, newPassword)).rejects.toThrow()

    // Payload's form closes the password fields again after a refused save; start over as a person would.
    await page.goto('/admin/account', { waitUntil: 'domcontentloaded' })
    await current.waitFor({ timeout: 60_000 })
    await openPasswordFields()
    await current.fill(password)
    const accepted = saved()
    await page.click('#action-save')
    expect((await accepted).status()).toBe(200)
    await expect(login(email, newPassword)).resolves.toEqual(expect.any(String))
  }, 180_000)
})
