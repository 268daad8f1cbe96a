import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { url } from './helpers/api'
import { openBrowser, type Browser } from './helpers/browser'
import { otherArticle, type Lang } from './helpers/pages'

describe('three languages', () => {
  let browser: Browser
  let article: Record<Lang, string>

  beforeAll(async () => {
    browser = await openBrowser({ javaScriptEnabled: false })
    article = await otherArticle()
  })
  afterAll(() => browser?.close())

  test('the language switch maps an article to its slug in each language, with hreflang alternates to match', async () => {
    const { page } = browser
    await page.goto(`/artikler/${article.nb}`)
    const links = await page.locator('.language-switch a').evaluateAll((els) =>
      els.map((e) => [e.getAttribute('hreflang'), e.getAttribute('href'), e.getAttribute('aria-current')]),
    )
    expect(links).toEqual([
      ['nb', `/artikler/${article.nb}`, 'true'],
      ['nn', `/nn/artikler/${article.nn}`, null],
      ['en', `/en/artikler/${article.en}`, null],
    ])
    await page.click('.language-switch a[hreflang="en"]')
    expect(new URL(page.url()).pathname).toBe(`/en/artikler/${article.en}`)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute('hreflang'), new URL(e.getAttribute('href')!).pathname])),
    )
    expect(alternates).toEqual({ nb: `/artikler/${article.nb}`, nn: `/nn/artikler/${article.nn}`, en: `/en/artikler/${article.en}`, 'x-default': `/artikler/${article.nb}` })
  })

  test('the menu, footer and page text follow the language', async () => {
    const { page } = browser
    await page.goto('/nn/takster')
    expect(await page.locator('.main-menu').textContent()).toContain('Leverandørar')
    expect(await page.locator('h1').textContent()).toBe('Takstar for video- og telefonkonsultasjon')
    await page.goto('/en/tilgjengelighet')
    expect(await page.locator('h1').textContent()).toBe('Accessibility statement')
    expect(await page.locator('main a[href="https://uustatus.no/"]').count()).toBe(1)
  })

  test('an unknown address gets a complete 404 without JavaScript: all three languages, each with search and the main pages', async () => {
    const { page } = browser // JavaScript off
    const res = await page.goto('/nn/finst-ikkje')
    expect(res?.status()).toBe(404)
    expect(await page.locator('h1').textContent()).toBe('Fant ikke siden')
    for (const [lang, vendors] of [['nb', '/leverandorer'], ['nn', '/nn/leverandorer'], ['en', '/en/leverandorer']] as const) {
      const section = page.locator(`section.not-found[lang="${lang}"]`)
      expect(await section.locator(`a[href="${vendors}"]`).count()).toBe(1)
      expect(await section.locator('form[role="search"] input[name="q"]').count()).toBe(1)
    }
    expect(await page.locator('section.not-found[lang="nn"] h2').textContent()).toBe('Fann ikkje sida')
    // The nynorsk search form leads to the nynorsk search page, with results.
    await page.fill('#notfound-nn-q', 'Helsenorge')
    await Promise.all([page.waitForURL(/\/nn\/sok\?q=Helsenorge/), page.press('#notfound-nn-q', 'Enter')])
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(0)
  })

  test('an unknown vendor or article is a 404 with the same complete help, without JavaScript', async () => {
    const { page } = browser // JavaScript off
    for (const path of ['/en/leverandorer/finnes-ikke', '/artikler/finnes-ikke', '/nn/artikler/finst-ikkje']) {
      const res = await page.goto(path)
      expect({ path, status: res?.status() }).toEqual({ path, status: 404 })
      expect(await page.locator('section.not-found[lang="en"] a[href="/en/leverandorer"]').count()).toBe(1)
      expect(await page.locator('h1').textContent()).toBe('Fant ikke siden')
    }
  })

  test('with an editor session (full runtime), an unknown vendor still shows the help once JavaScript runs', async () => {
    const js = await openBrowser()
    try {
      const { page } = js
      await js.context.addCookies([{ name: 'payload-token', value: 'not-a-session', url: url('/') }])
      const res = await page.goto('/en/leverandorer/finnes-ikke', { waitUntil: 'networkidle' })
      expect(res?.status()).toBe(404)
      expect(await page.locator('section.not-found[lang="en"] a[href="/en/leverandorer"]').count()).toBe(1)
    } finally {
      await js.close()
    }
  })

  test('search finds articles, vendors, tariffs and research, and links to them in the same language', async () => {
    const { page } = browser
    await page.goto('/en/sok?q=video')
    const kinds = new Set(await page.locator('.search-results li').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))))
    expect(kinds.has('articles')).toBe(true)
    const hrefs = await page.locator('.search-results a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!))
    expect(hrefs.length).toBeGreaterThan(0)
    for (const href of hrefs) expect(href.startsWith('/en')).toBe(true)
  })
})
