import { beforeAll, describe, expect, test } from '@jest/globals'

import { loginAdmin } from './helpers/api'
import { browserForSuite } from './helpers/browser'
import { frontPageId } from './helpers/pages'
import { readState } from './helpers/state'

/** A date the way the admin shows it in bokmål: 01.05.2027, or 01.05.2027 14:05 where the time matters. */
const NORWEGIAN_DATE = /^\d{2}\.\d{2}\.\d{4}( \d{2}:\d{2})?$/

describe('the admin speaks bokmål throughout: collection names, block titles, buttons and dates', () => {
  const browser = browserForSuite()

  beforeAll(async () => {
    const token = await loginAdmin()
    await browser.context.addCookies([{ name: 'payload-token', value: token, url: readState().baseURL }])
  }, 60_000)

  test('the navigation names the search index, exports and imports in bokmål', async () => {
    const { page } = browser
    await page.goto('/admin', { waitUntil: 'domcontentloaded' })
    const nav = page.locator('nav').first()
    await nav.getByText('Videoløsninger').first().waitFor({ timeout: 60_000 })
    const text = (await nav.innerText()).split('\n').map((s) => s.trim())
    for (const english of ['Search Results', 'Exports', 'Imports']) expect({ english, shown: text.includes(english) }).toEqual({ english, shown: false })
    for (const label of ['Søkeindeks', 'Eksporter', 'Importer']) expect({ label, shown: text.includes(label) }).toEqual({ label, shown: true })
    // The dashboard's cards: each "create" button names its collection.
    await page.locator('[id^="card-"]').first().waitFor({ timeout: 60_000 })
    const buttons = await page.locator('[id^="card-"] [aria-label]').evaluateAll((els) =>
      els.map((e) => `${e.closest('[id^="card-"]')!.id}: ${e.getAttribute('aria-label')}`),
    )
    expect(buttons.filter((b) => b.includes('[object Object]'))).toEqual([])
    expect(buttons).toContain('card-articles: Opprett ny Artikler')
  }, 120_000)

  test('the guide’s edit view: each vendor list is titled by its settings, and no button is labelled “[object Object]”', async () => {
    const { page } = browser
    // Block titles name the groups in the content language, the admin user's saved choice that other tests change.
    await page.goto(`/admin/collections/articles/${await frontPageId()}?locale=nb`, { waitUntil: 'domcontentloaded' })
    const lists = page.locator('.LexicalEditorTheme__block-vendorList')
    await lists.first().waitFor({ timeout: 90_000 })
    // Each block's form state (and its label) arrives from the server after the block mounts.
    await page.waitForFunction(
      () => [...document.querySelectorAll('.LexicalEditorTheme__block-vendorList')].every((b) => !b.querySelector('.shimmer-effect')),
      null,
      { timeout: 60_000 },
    )
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => {})

    const headers = await lists.evaluateAll((blocks) =>
      blocks.map((b) => {
        const header = b.querySelector('[class*="block-header"]') as HTMLElement | null
        const placeholders = [...(header?.querySelectorAll('input') ?? [])].map((i) => i.placeholder).join(' ')
        return `${header?.innerText ?? ''} ${placeholders}`.replace(/\s+/g, ' ').trim()
      }),
    )
    expect(headers.length).toBe(10)
    expect(headers.filter((h) => h.includes('Uten tittel'))).toEqual([])
    // Titled from the block's settings: the profession group and the kind of solution.
    expect(headers.filter((h) => !/^Leverandørliste: (Leger|Psykologer og psykiatere|Fysio- og manuellterapeuter og logopeder|Spesialisthelsetjenesten|Kommuner) · (EPJ-løsning med integrert video|Frittstående videoløsning)$/.test(h))).toEqual([])
    expect(new Set(headers).size).toBe(10)

    const objectLabels = await page.locator('[aria-label*="[object Object]"], [title*="[object Object]"]').evaluateAll((els) =>
      els.map((e) => `${e.tagName} ${e.getAttribute('aria-label') ?? e.getAttribute('title')} in #${e.closest('[id]')?.id ?? '?'}`),
    )
    expect(objectLabels).toEqual([])
    expect(await page.locator('body').innerText()).not.toContain('[object Object]')
  }, 180_000)

  test('dates have one Norwegian format in lists and in the edit view', async () => {
    const { page } = browser
    await page.goto('/admin/collections/articles', { waitUntil: 'domcontentloaded' })
    await page.locator('.cell-updatedAt').first().waitFor({ timeout: 60_000 })
    // The date cells say "Laster..." until the admin's date formatter has loaded; read them once it has.
    await page.waitForFunction(
      () => [...document.querySelectorAll('.cell-updatedAt')].every((e) => !/Laster|Loading/.test((e as HTMLElement).innerText)),
      undefined,
      { timeout: 60_000 },
    )
    const cells = await page.locator('.cell-updatedAt, .cell-nextReviewAt, .cell-createdAt').evaluateAll((els) =>
      els.map((e) => (e as HTMLElement).innerText.trim()).filter(Boolean),
    )
    expect(cells.length).toBeGreaterThan(1)
    expect(cells.filter((c) => !NORWEGIAN_DATE.test(c))).toEqual([])
    // The columns' sort buttons name their column.
    const sortLabels = await page.locator('[id^="heading-"] button[aria-label]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!))
    expect(sortLabels).toContain('Sorter etter Tittel Stigende')
    expect(sortLabels.filter((l) => l.includes('[object Object]'))).toEqual([])

    await page.locator('.cell-title a, .cell-title').first().click()
    await page.locator('input[name="title"]').first().waitFor({ timeout: 60_000 })
    const sidebar = await page.locator('.doc-controls, .document-fields__sidebar').first().innerText()
    expect(sidebar).not.toMatch(/\b(a\.m\.|p\.m\.|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\b/)
  }, 180_000)
})
