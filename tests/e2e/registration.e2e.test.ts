import { describe, expect, test } from '@jest/globals'

import { unique, url } from './helpers/api'
import { browserForSuite } from './helpers/browser'

/** A valid organisation number (nine digits, modulus-11 check digit) unique enough for one run. */
function organisationNumber(): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2]
  for (;;) {
    const digits = [9, ...Array.from({ length: 7 }, () => Math.floor(Math.random() * 10))]
    const remainder = weights.reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11
    const check = remainder === 0 ? 0 : 11 - remainder
    if (check !== 10) return `${digits.join('')}${check}`
  }
}

/** The server refuses a form sent sooner than 3 s after its page was rendered (a person is never that fast). */
const MIN_FILL_MS = 3000

describe('vendor registration in the browser', () => {
  describe('without JavaScript', () => {
    const browser = browserForSuite({ javaScriptEnabled: false })

    test('"For leverandører" leads to the form; a filled-in form lands on "Sjekk e-posten din"', async () => {
      const { page } = browser
      await page.goto('/for-leverandorer')
      await page.getByRole('link', { name: 'Registrer organisasjonen' }).click()
      await page.waitForURL('**/for-leverandorer/registrer')
      await page.getByLabel('Organisasjonens navn').fill(`Nettleserfirma ${unique()} AS`)
      await page.getByLabel('Organisasjonsnummer').fill(organisationNumber())
      await page.getByLabel('Ditt navn (kontaktperson)').fill('Nina Nettleser')
      await page.getByLabel('E-postadresse').fill(`nina-${unique()}@firma.example.no`)
      await page.getByLabel('Passord').fill('Fire-ord-som-huskes-godt')
      await page.waitForTimeout(MIN_FILL_MS)
      await page.getByRole('button', { name: 'Registrer' }).click()
      await page.waitForURL('**/for-leverandorer/registrer/sjekk-e-posten')
      expect(await page.locator('h1').textContent()).toBe('Sjekk e-posten din')
    }, 60_000)
  })

  describe('with JavaScript', () => {
    const browser = browserForSuite()

    test('a refused form comes back with an error summary, the problem at its field and the values typed, but no password', async () => {
      const { page } = browser
      const name = `Kortpassord ${unique()} AS`
      await page.goto('/nn/for-leverandorer/registrer')
      await page.getByLabel('Namnet på organisasjonen').fill(name)
      await page.getByLabel('Organisasjonsnummer').fill(organisationNumber())
      await page.getByLabel('Namnet ditt (kontaktperson)').fill('Per Passord')
      await page.getByLabel('E-postadresse').fill(`per-${unique()}@firma.example.no`)
      await page.getByLabel('Passord').fill('for-kort')
      await page.waitForTimeout(MIN_FILL_MS)
      await page.getByRole('button', { name: 'Registrer' }).click()
      await page.waitForURL('**/nn/for-leverandorer/registrer#feil')
      const summary = page.getByRole('region', { name: 'For å gå vidare må du rette opp dette:' })
      await expect(summary.getByRole('link', { name: 'Passordet må ha minst 12 teikn.' }).getAttribute('href')).resolves.toBe('#password')
      const password = page.getByLabel('Passord')
      expect({
        title: (await page.title()).startsWith('Feil i skjemaet: Registrer organisasjonen'),
        name: await page.getByLabel('Namnet på organisasjonen').inputValue(),
        password: await password.inputValue(),
        invalid: await password.getAttribute('aria-invalid'),
        describedBy: await password.getAttribute('aria-describedby'),
      }).toEqual({ title: true, name, password: '', invalid: 'true', describedBy: 'password-hint password-error' })
    }, 60_000)

    test('the page is in the sitemap in every language and in the footer', async () => {
      const sitemap = await (await fetch(url('/sitemap.xml'))).text()
      for (const path of ['/for-leverandorer', '/nn/for-leverandorer', '/en/for-leverandorer']) expect(sitemap).toContain(`${url(path)}</loc>`)
      await browser.page.goto('/en')
      expect(await browser.page.locator('footer').getByRole('link', { name: 'For vendors' }).getAttribute('href')).toBe('/en/for-leverandorer')
    }, 60_000)
  })
})
