import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Page } from 'playwright-core'

import { adminCredentials, loginInBrowser } from './helpers/admin'
import { api, loginAdmin, unique, url } from './helpers/api'
import { axeViolations } from './helpers/axe'
import { browserForSuite, openBrowser } from './helpers/browser'

const BYPASS = '__prerender_bypass'

type Article = { id: number; slug: string; lead: string }

/** The admin's edit view of one article, in bokmål (the content language is a per-user preference). */
async function openInAdmin(page: Page, id: number) {
  await page.goto(`/admin/collections/articles/${id}?locale=nb`, { waitUntil: 'domcontentloaded' })
  await page.locator('input[name="title"]').first().waitFor({ timeout: 60_000 })
}

describe('preview on the real site: the Preview button, live preview, and a share link', () => {
  const browser = browserForSuite()
  let admin: string
  let article: Article

  beforeAll(async () => {
    admin = await loginAdmin()
    // A draft that was never published: the public gets a 404 at its address.
    const created = await api<{ doc: Article }>('POST', '/articles?draft=true&locale=nb', admin, {
      title: `Forhåndsvist artikkel ${unique()}`,
      lead: `Utkastingress ${unique()}`,
      _status: 'draft',
    })
    expect(created.status).toBe(201)
    article = created.json.doc
    await loginInBrowser(browser.page, adminCredentials())
  }, 120_000)

  afterAll(async () => {
    await api('DELETE', `/articles/${article.id}`, admin)
  })

  test("the admin's Preview button opens the draft at its real address with the banner; leaving it shows the public's page again", async () => {
    const { page, context } = browser
    await openInAdmin(page, article.id)
    const button = page.locator('#preview-button')
    await button.waitFor({ timeout: 30_000 })
    expect(await button.getAttribute('href')).toMatch(new RegExp(`(^|//[^/]+)/preview\\?path=${encodeURIComponent(`/artikler/${article.slug}`)}$`))

    const [preview] = await Promise.all([context.waitForEvent('page'), button.click()])
    await preview.waitForURL((u) => u.pathname === `/artikler/${article.slug}`, { timeout: 60_000 })
    // The same page again, for its headers (the first answer may have come before this could listen).
    const response = (await preview.reload({ waitUntil: 'domcontentloaded' }))!
    expect(await preview.locator('main').textContent()).toContain(article.lead)
    const banner = preview.getByRole('region', { name: 'Forhåndsvisning' })
    await banner.waitFor()
    expect(await banner.textContent()).toMatch(/Utkast lagret \d{1,2}\. \p{L}+ \d{4} kl\. \d{2}\.\d{2}/u)
    expect(response.headers()['x-robots-tag']).toContain('noindex')
    expect(response.headers()['cache-control']).toContain('no-store')
    expect(await preview.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
    expect((await context.cookies()).some((c) => c.name === BYPASS)).toBe(true)
    expect(await axeViolations(preview)).toEqual([])

    await banner.getByRole('link', { name: 'Avslutt forhåndsvisningen' }).click()
    await preview.waitForURL((u) => u.pathname === `/artikler/${article.slug}`)
    await preview.waitForLoadState('domcontentloaded')
    expect((await context.cookies()).some((c) => c.name === BYPASS)).toBe(false)
    expect(await preview.locator('.preview-banner').count()).toBe(0)
    expect(await preview.locator('body').textContent()).not.toContain(article.lead)
    await preview.close()
  }, 180_000)

  test('live preview frames the draft and follows the typing: after the autosave the new text is inside the frame', async () => {
    const { page } = browser
    await openInAdmin(page, article.id)
    await page.locator('#live-preview-toggler').click()
    const frame = page.frameLocator('#live-preview-iframe')
    await frame.locator('main').waitFor({ timeout: 60_000 })
    await frame.getByRole('region', { name: 'Forhåndsvisning' }).waitFor({ timeout: 60_000 })

    const typed = `Skrevet nå ${unique()}`
    const lead = page.locator('textarea[name="lead"]')
    await lead.fill(`${article.lead} ${typed}`)
    // The admin autosaves every 2 s; the frame then renders again on the server with the saved draft.
    await frame.locator('main', { hasText: typed }).waitFor({ timeout: 30_000 })
    const saved = await api<{ lead: string }>('GET', `/articles/${article.id}?draft=true&depth=0&locale=nb`, admin)
    expect(saved.json.lead).toContain(typed)
    article.lead = saved.json.lead
    await page.locator('#live-preview-toggler').click()
  }, 180_000)

  test('a share link opened without an account shows the draft with the banner and noindex; revoked, it answers 410', async () => {
    const { page } = browser
    await openInAdmin(page, article.id)
    const panel = page.locator('.share-preview')
    await panel.waitFor({ timeout: 30_000 })
    await panel.locator('input[name="shareDays"]').fill('3')
    await panel.getByRole('button', { name: 'Lag lenke' }).click()
    const linkField = panel.locator('input[name="shareLink"]')
    await linkField.waitFor({ timeout: 30_000 })
    const link = await linkField.inputValue()
    expect(link).toMatch(new RegExp(`^${url('/delt/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[A-Za-z0-9_-]{43}$`))

    const stranger = await openBrowser()
    try {
      const response = await stranger.page.goto(link)
      expect(new URL(stranger.page.url()).pathname).toBe(`/artikler/${article.slug}`)
      expect(response?.headers()['x-robots-tag']).toContain('noindex')
      expect(await stranger.page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
      expect(await stranger.page.locator('main').textContent()).toContain(article.lead)
      const banner = stranger.page.getByRole('region', { name: /Delt forhåndsvisning, gyldig til/ })
      await banner.waitFor()
      // Nothing else of the drafts: the share link's holder is the public everywhere else.
      expect((await stranger.context.cookies()).some((c) => c.name === 'payload-token')).toBe(false)

      await page.reload({ waitUntil: 'domcontentloaded' })
      await panel.getByRole('button', { name: 'Trekk tilbake' }).first().click()
      await panel.getByText(/Trukket tilbake/).first().waitFor({ timeout: 30_000 })

      const gone = await stranger.page.goto(link)
      expect(gone?.status()).toBe(410)
      expect(await stranger.page.locator('h1').textContent()).toBe('Lenken virker ikke lenger')
      expect(gone?.headers()['set-cookie']).toBeUndefined()
      // The cookie it had is worth nothing now: the page is the public's (a 404 for a draft never published).
      const after = await stranger.page.goto(`/artikler/${article.slug}`)
      expect(after?.status()).toBe(404)
      expect(await stranger.page.locator('body').textContent()).not.toContain(article.lead)
    } finally {
      await stranger.close()
    }
  }, 180_000)

  test('share links are never indexed: robots.txt disallows them, the sitemap names none', async () => {
    const robots = await (await fetch(url('/robots.txt'))).text()
    expect(robots).toContain('Disallow: /delt/')
    const sitemap = await (await fetch(url('/sitemap.xml'))).text()
    expect(sitemap).not.toContain('/delt/')
    expect(sitemap).not.toContain(article.slug)
  })
})
