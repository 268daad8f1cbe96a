import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { categories, vendorsAsPublicAndStaff, type CategoryDoc, type VendorDoc } from './helpers/api'
import { openBrowser, type Browser } from './helpers/browser'

const TYPES = ['epj-integrated', 'standalone'] as const

describe('the guide at /', () => {
  let browser: Browser
  let groups: CategoryDoc[]
  let published: VendorDoc[]
  let drafts: VendorDoc[]

  beforeAll(async () => {
    browser = await openBrowser()
    groups = await categories('nb')
    const vendors = await vendorsAsPublicAndStaff()
    published = vendors.published
    const publishedIds = new Set(published.map((v) => v.id))
    drafts = vendors.all.filter((v) => !publishedIds.has(v.id))
    await browser.page.goto('/')
  }, 60_000)
  afterAll(() => browser?.close())

  test('the seed gives five profession groups and some draft vendors to leave out', () => {
    expect(groups).toHaveLength(5)
    expect(published.length).toBeGreaterThan(0)
    expect(drafts.length).toBeGreaterThan(0)
  })

  test('has one h1, the guide title, in bokmål', async () => {
    const { page } = browser
    expect(await page.locator('h1').count()).toBe(1)
    expect(await page.locator('h1').textContent()).toContain('videokonsultasjon')
    expect(await page.getAttribute('html', 'lang')).toBe('nb')
  })

  test('shows every group with both lists, built from the published vendors of that group and type', async () => {
    const { page } = browser
    for (const group of groups) {
      expect(await page.getByRole('heading', { level: 2, name: group.name, exact: true }).isVisible()).toBe(true)
      for (const type of TYPES) {
        const list = page.locator(`[data-vendor-list="${group.slug}:${type}"]`)
        expect(await list.count()).toBe(1)
        const shown = await list.locator('[data-vendor]').evaluateAll((els) => els.map((e) => e.getAttribute('data-vendor')))
        const expected = published
          .filter((v) => v.solutionType === type && v.professionCategories.includes(group.id))
          .map((v) => v.slug)
        expect(shown.sort()).toEqual(expected.sort())
      }
    }
  })

  test('never shows a draft vendor', async () => {
    const shown = new Set(await browser.page.locator('[data-vendor]').evaluateAll((els) => els.map((e) => e.getAttribute('data-vendor'))))
    for (const draft of drafts) expect(shown.has(draft.slug)).toBe(false)
    const text = (await browser.page.locator('main').textContent()) ?? ''
    for (const draft of drafts) expect(text).not.toContain(`${draft.name} (`)
  })

  test('ends with the standing disclaimers and the date it was last updated', async () => {
    const { page } = browser
    expect(await page.getByRole('heading', { name: 'Viktig å vite om oversikten' }).isVisible()).toBe(true)
    expect(await page.locator('.last-updated time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(await page.locator('.last-updated').textContent()).toContain('Sist oppdatert')
  })

  test('has landmarks, a skip link and the same guide in nynorsk and English', async () => {
    const { page } = browser
    for (const role of ['banner', 'main', 'contentinfo'] as const) expect(await page.getByRole(role).count()).toBe(1)
    expect(await page.locator('a.ds-skip-link[href="#main"]').count()).toBe(1)
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('hreflang')} ${new URL(e.getAttribute('href')!).pathname}`),
    )
    expect(alternates.sort()).toEqual(['en /en', 'nb /', 'nn /nn', 'x-default /'])
    await page.goto('/nn')
    expect(await page.getAttribute('html', 'lang')).toBe('nn')
    expect(await page.locator('[data-vendor-list]').count()).toBe(10)
    await page.goto('/en')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.locator('[data-vendor-list]').count()).toBe(10)
  })
})
