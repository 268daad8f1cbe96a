import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { elementsNamed, parseXml, textOf } from '../helpers/xml'
import { api, editorToken, loginAdmin, unique, url } from './helpers/api'
import { openBrowser, type Browser } from './helpers/browser'
import { frontPageId, otherArticle, type Lang } from './helpers/pages'

type ArticleDoc = { id: number; slug: string; title: string; lastMajorChangeAt?: string | null }

/** The calendar day in Oslo, as the page's <time dateTime> carries it. */
const osloDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Oslo' }).format(new Date(iso))

/** Polls until the page answers 200 with `marker` in it (the change reaches the cached page). */
async function until(path: string, marker: string, limitMs = 10_000): Promise<string> {
  const start = Date.now()
  for (;;) {
    const res = await fetch(url(path))
    const body = await res.text()
    if (res.status === 200 && body.includes(marker)) return body
    if (Date.now() - start > limitMs) throw new Error(`${path} did not show ${marker} within ${limitMs} ms (status ${res.status})`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

describe('change history, "Sist oppdatert" and the Atom feeds', () => {
  let browser: Browser
  let slugs: Record<Lang, string>
  let article: ArticleDoc
  const note = `Nye råd om samtykke & <personvern> ${unique()}`

  beforeAll(async () => {
    browser = await openBrowser({ javaScriptEnabled: false })
    slugs = await otherArticle()
    const found = await api<{ docs: ArticleDoc[] }>('GET', `/articles?where[slug][equals]=${encodeURIComponent(slugs.nb)}&depth=0`)
    article = found.json.docs[0]!
    // An editor changes the article and sends it for review; the admin (a second pair of eyes) publishes it with a note.
    const editor = await editorToken()
    const admin = await loginAdmin()
    const draft = await api('PATCH', `/articles/${article.id}?draft=true`, editor, { lead: `Oppdatert ingress ${unique()}`, _status: 'draft' })
    expect(draft.status).toBe(200)
    const review = await api('POST', '/workflow/transition', editor, { collection: 'articles', id: article.id, to: 'in-review' })
    expect(review.status).toBe(200)
    const published = await api('PATCH', `/articles/${article.id}`, admin, { _status: 'published', changeNote: note })
    expect(published.status).toBe(200)
    article = (await api<ArticleDoc>('GET', `/articles/${article.id}?depth=0`)).json
  }, 60_000)
  afterAll(() => browser?.close())

  test('the article shows "Sist oppdatert" as the day of its last major change, and links to its history', async () => {
    expect(article.lastMajorChangeAt).toEqual(expect.any(String))
    await browser.page.goto(`/artikler/${slugs.nb}`)
    const lastUpdated = browser.page.locator('.last-updated')
    await expect(lastUpdated.textContent()).resolves.toContain('Sist oppdatert')
    expect(await lastUpdated.locator('time').first().getAttribute('datetime')).toBe(osloDay(article.lastMajorChangeAt!))
    await lastUpdated.getByRole('link', { name: 'Se endringer' }).click()
    expect(new URL(browser.page.url()).pathname).toBe(`/artikler/${slugs.nb}/endringer`)
  })

  test("the article's history lists the note, newest first, and announces its feed in the head", async () => {
    const html = await until(`/artikler/${slugs.nb}/endringer`, 'Nye råd om samtykke')
    await browser.page.goto(`/artikler/${slugs.nb}/endringer`)
    const first = browser.page.locator('.change-list__entry').first()
    expect(await first.locator('.change-list__note').textContent()).toBe(note)
    expect(await first.locator('time').getAttribute('datetime')).toBe(osloDay(article.lastMajorChangeAt!))
    const alternate = browser.page.locator('head link[rel="alternate"][type="application/atom+xml"]')
    expect(await alternate.count()).toBe(1)
    expect(new URL((await alternate.getAttribute('href'))!).pathname).toBe(`/artikler/${slugs.nb}/endringer.atom`)
    expect(html).not.toContain('<personvern>')
  })

  test("the article's feed is well-formed Atom with the note, served as application/atom+xml", async () => {
    const res = await fetch(url(`/artikler/${slugs.nb}/endringer.atom`))
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const feed = parseXml(await res.text())
    expect({ root: feed.name, ns: feed.uri }).toEqual({ root: 'feed', ns: 'http://www.w3.org/2005/Atom' })
    const entries = elementsNamed(feed, 'entry')
    expect(textOf(elementsNamed(entries[0]!, 'summary')[0]!)).toBe(note)
    expect(elementsNamed(entries[0]!, 'link')[0]!.attributes.href).toBe(url(`/artikler/${slugs.nb}`))
    expect(textOf(elementsNamed(feed, 'updated')[0]!)).toBe(article.lastMajorChangeAt)
  })

  test("the guide's history is one click from the front page, lists the change with its page, and has its feed", async () => {
    await browser.page.goto('/')
    await browser.page.locator('.last-updated').getByRole('link', { name: 'Se endringer' }).click()
    expect(new URL(browser.page.url()).pathname).toBe('/endringer')
    expect(await browser.page.locator('h1').textContent()).toBe('Endringer i veilederen')
    await until('/endringer', 'Nye råd om samtykke')
    await browser.page.reload()
    const entry = browser.page.locator('.change-list__entry', { hasText: note })
    expect(await entry.getByRole('link').getAttribute('href')).toBe(`/artikler/${slugs.nb}`)
    expect(await browser.page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(url('/endringer.atom'))

    const res = await fetch(url('/endringer.atom'))
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const summaries = elementsNamed(parseXml(await res.text()), 'summary').map(textOf)
    expect(summaries).toContain(note)
    const nn = parseXml(await (await fetch(url('/nn/endringer.atom'))).text())
    expect(nn.attributes['xml:lang']).toBe('nn')
  })

  test('the guide at / announces the site feed too, and the history pages are in the sitemap', async () => {
    const guide = await (await fetch(url('/'))).text()
    expect(guide).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="[^"]*\/endringer\.atom"/)
    const sitemap = await (await fetch(url('/sitemap.xml'))).text()
    expect(sitemap).toContain(`<loc>${url('/endringer')}</loc>`)
    expect(sitemap).toContain(`<loc>${url(`/artikler/${slugs.nb}/endringer`)}</loc>`)
    expect(sitemap).toContain(`<loc>${url('/en/endringer')}</loc>`)
    expect(await frontPageId()).not.toBe(article.id)
  })

  test('a reader without JavaScript subscribes from the history page and is told to check the e-mail', async () => {
    await browser.page.goto('/endringer')
    await browser.page.getByLabel('E-postadresse').fill(`leser-${unique()}@example.no`)
    await browser.page.getByRole('button', { name: 'Meld meg på' }).click()
    expect(new URL(browser.page.url()).pathname).toBe('/abonner/sendt')
    expect(await browser.page.locator('h1').textContent()).toBe('Sjekk e-posten din')
  })
})
