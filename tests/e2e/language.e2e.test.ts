import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { api, loginAdmin, unique, url, vendorsAsPublicAndStaff, withoutSecondPairOfEyes } from './helpers/api'
import { openBrowser, type Browser } from './helpers/browser'
import { otherArticle, type Lang } from './helpers/pages'

// Not about the review workflow: the admin publishes its own changes, with the second pair of eyes off.
withoutSecondPairOfEyes()

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

describe('every string on /nn and /en pages is in that language, or visibly marked as bokmål', () => {
  let browser: Browser
  let vendorSlug: string

  beforeAll(async () => {
    browser = await openBrowser({ javaScriptEnabled: false })
    vendorSlug = (await vendorsAsPublicAndStaff()).published[0]!.slug
  }, 60_000)
  afterAll(() => browser?.close())

  const head = async (path: string) => {
    const res = await browser.page.goto(path)
    expect({ path, status: res?.status() }).toEqual({ path, status: 200 })
    return {
      title: await browser.page.title(),
      ogTitle: await browser.page.getAttribute('meta[property="og:title"]', 'content'),
      ogSiteName: await browser.page.getAttribute('meta[property="og:site_name"]', 'content'),
    }
  }

  test('<title> and og:title are in the page language on the guide, tariffs, research and a vendor page', async () => {
    expect(await head('/nn')).toEqual({
      title: 'Slik kjem du i gang med videokonsultasjon',
      ogTitle: 'Slik kjem du i gang med videokonsultasjon',
      ogSiteName: 'Videorettleiar',
    })
    expect(await head('/en')).toEqual({
      title: 'How to get started with video consultation',
      ogTitle: 'How to get started with video consultation',
      ogSiteName: 'Video consultation guide',
    })
    expect(await head('/nn/takster')).toEqual({
      title: 'Takstar for video- og telefonkonsultasjon – Videorettleiar',
      ogTitle: 'Takstar for video- og telefonkonsultasjon',
      ogSiteName: 'Videorettleiar',
    })
    expect(await head('/en/takster')).toEqual({
      title: 'Tariffs for video and telephone consultations – Video consultation guide',
      ogTitle: 'Tariffs for video and telephone consultations',
      ogSiteName: 'Video consultation guide',
    })
    expect(await head('/en/forskning')).toEqual({
      title: 'Research and reports – Video consultation guide',
      ogTitle: 'Research and reports',
      ogSiteName: 'Video consultation guide',
    })
    expect(await head('/nn/forskning')).toEqual({
      title: 'Forsking og rapportar – Videorettleiar',
      ogTitle: 'Forsking og rapportar',
      ogSiteName: 'Videorettleiar',
    })
    for (const [lang, siteName] of [['nn', 'Videorettleiar'], ['en', 'Video consultation guide']] as const) {
      const meta = await head(`/${lang}/leverandorer/${vendorSlug}`)
      expect(meta.title.endsWith(` – ${siteName}`)).toBe(true)
      expect(meta.ogSiteName).toBe(siteName)
      expect(meta.title.startsWith(meta.ogTitle!)).toBe(true)
    }
  })

  test('on English pages, text that exists only in bokmål sits inside an element with lang="nb"', async () => {
    // The seed gives some tariffs and research links no English text: their bokmål text must be marked.
    const nb = await api<{ docs: { id: number; description?: string | null }[] }>('GET', '/tariffs?locale=nb&depth=0&limit=100')
    const en = await api<{ docs: { id: number; description?: string | null }[] }>('GET', '/tariffs?locale=en&fallback-locale=none&depth=0&limit=100')
    const untranslated = nb.json.docs.filter((d) => d.description && !en.json.docs.find((e) => e.id === d.id)?.description)
    expect(untranslated.length).toBeGreaterThan(0)
    await browser.page.goto('/en/takster')
    for (const tariff of untranslated) {
      const row = browser.page.locator(`#takst-${tariff.id}`)
      const marked = await row.evaluate((el, text) => {
        const holder = [...el.querySelectorAll('*')].find((e) => e.textContent?.trim() === text.trim())
        return holder?.closest('[lang]')?.getAttribute('lang') ?? null
      }, tariff.description!)
      expect({ id: tariff.id, lang: marked }).toEqual({ id: tariff.id, lang: 'nb' })
    }
    // Everything else in the main region that is not marked nb is in English: no Norwegian-only letters outside nb.
    const unmarked = await browser.page.locator('main').evaluate((main) => {
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
      const found: string[] = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        if (/[æøåÆØÅ]/.test(text) && node.parentElement?.closest('[lang]')?.getAttribute('lang') === 'en') found.push(text.trim().slice(0, 60))
      }
      return found
    })
    expect(unmarked).toEqual([])
  })

  test('no bokmål "(leverandør)" in the English research credits, and bokmål-only summaries are marked', async () => {
    await browser.page.goto('/en/forskning')
    expect(await browser.page.locator('main').innerText()).not.toContain('leverandør')
    // Every seeded link has its summary translated: publish one in bokmål only, as an editor may.
    const admin = await loginAdmin()
    const summary = `Bare på bokmål: en oppsummering som ingen har oversatt ennå (${unique()}).`
    const created = await api<{ doc: { id: number } }>('POST', '/research-links?locale=nb', admin, {
      title: `Rapport ${unique()}`,
      url: `https://example.org/rapport-${unique()}`,
      kind: 'report',
      year: 2024,
      summary,
      _status: 'published', changeNote: 'E2E-endring',
    })
    expect(created.status).toBe(201)
    try {
      for (const lang of ['nn', 'en'] as const) {
        await browser.page.goto(`/${lang}/forskning`)
        const marked = await browser.page.locator(`#forskning-${created.json.doc.id}`).evaluate((el, text) => {
          const holder = [...el.querySelectorAll('*')].find((e) => e.textContent?.trim() === text)
          return holder?.closest('[lang]')?.getAttribute('lang') ?? null
        }, summary)
        expect({ lang, marked }).toEqual({ lang, marked: 'nb' })
      }
    } finally {
      await api('DELETE', `/research-links/${created.json.doc.id}`, admin)
    }
  })
})
