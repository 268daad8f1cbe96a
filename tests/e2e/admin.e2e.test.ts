import { describe, expect, test } from '@jest/globals'

import { api, loginAdmin } from './helpers/api'
import { adminCredentials, loginInBrowser } from './helpers/admin'
import { browserForSuite } from './helpers/browser'

describe('the admin, as an editor meets it', () => {
  const browser = browserForSuite()

  test('logs in through the form and shows the guide’s collections in bokmål', async () => {
    const { page } = browser
    await loginInBrowser(page, adminCredentials())
    const body = await page.textContent('body')
    for (const label of ['Artikler', 'Faggrupper', 'Takster', 'Forskning og rapporter']) expect(body).toContain(label)
  }, 120_000)

  test('shows the seeded guide in each language', async () => {
    const token = await loginAdmin()
    const found = await api<{ docs: { id: number | string }[] }>(
      'GET',
      '/articles?where[slug][equals]=slik-kommer-du-i-gang-med-videokonsultasjon&depth=0',
      token,
    )
    const id = found.json.docs[0]!.id
    const { page } = browser
    const titles: Record<string, string> = {}
    for (const locale of ['nb', 'nn', 'en']) {
      await page.goto(`/admin/collections/articles/${id}?locale=${locale}`, { waitUntil: 'domcontentloaded' })
      // Blocks in the body have title fields too; the document's own comes first.
      const title = page.locator('input[name="title"]').first()
      await title.waitFor({ timeout: 60_000 })
      await page.waitForFunction(() => (document.querySelector('input[name="title"]') as HTMLInputElement | null)?.value !== '', null, {
        timeout: 30_000,
      })
      titles[locale] = await title.inputValue()
    }
    expect(titles.nb).toBe('Slik kommer du i gang med videokonsultasjon')
    expect(titles.nn).toMatch(/kjem/)
    expect(titles.en).toMatch(/video consultation/i)
  }, 180_000)
})
