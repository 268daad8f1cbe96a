import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { api, editorToken, loginAdmin, unique, url } from './helpers/api'
import { adminCredentials, loginInBrowser } from './helpers/admin'
import { axeViolations } from './helpers/axe'
import { openBrowser, type Browser } from './helpers/browser'
import { LANGS, prefix, type Lang } from './helpers/pages'
import { htmlErrors } from './helpers/vnu'

// Issue 11 item 7 through the production server (its finisher included): a withdrawn article answers 410 in
// every language with its explanation, a redirect-mode withdrawal and a renamed slug answer permanent
// redirects, and publishing again brings the page back.

let admin: string
let editor: string
let browser: Browser

/** Published as the admin past the second pair of eyes (a forced publish with a reason and a change note). */
async function publish(id: number, data: Record<string, unknown> = {}) {
  const res = await api('PATCH', `/articles/${id}`, admin, { ...data, _status: 'published', changeNote: 'E2E', workflow: { forceReason: 'E2E-test' } })
  expect({ status: res.status, errors: res.status === 200 ? undefined : res.json }).toEqual({ status: 200, errors: undefined })
}

/** An article with its own title and slug in each language, published. */
async function article(key: string): Promise<{ id: number; slugs: Record<Lang, string> }> {
  const slugs = { nb: `trukket-${key}`, nn: `trekt-${key}`, en: `withdrawn-${key}` }
  const created = await api<{ doc: { id: number } }>('POST', '/articles?draft=true', editor, { title: `Artikkel ${key}`, slug: slugs.nb })
  expect(created.status).toBe(201)
  const id = created.json.doc.id
  for (const lang of ['nn', 'en'] as const) {
    const res = await api('PATCH', `/articles/${id}?draft=true&locale=${lang}`, editor, { title: `Artikkel ${lang} ${key}`, slug: slugs[lang] })
    expect(res.status).toBe(200)
  }
  await publish(id)
  return { id, slugs }
}

const addressIn = (lang: Lang, slug: string) => prefix(lang, `/artikler/${slug}`)

async function get(path: string) {
  const res = await fetch(url(path), { redirect: 'manual', headers: { Accept: 'text/html' } })
  return { status: res.status, location: res.headers.get('location'), body: await res.text() }
}

const pathOf = (location: string | null) => (location ? new URL(location, url('/')).pathname : null)

beforeAll(async () => {
  admin = await loginAdmin()
  editor = await editorToken()
  browser = await openBrowser()
}, 60_000)
afterAll(() => browser?.close())

describe('a withdrawn article', () => {
  const explanation = { nb: `Tjenesten er lagt ned ${unique()}.`, nn: `Tenesta er lagd ned ${unique()}.` }
  let doc: { id: number; slugs: Record<Lang, string> }

  beforeAll(async () => {
    doc = await article(unique())
    for (const lang of LANGS) expect({ lang, status: (await get(addressIn(lang, doc.slugs[lang]))).status }).toEqual({ lang, status: 200 })
    const res = await api('POST', '/withdrawal', editor, { collection: 'articles', id: doc.id, mode: 'gone', explanation })
    expect({ status: res.status, json: res.status === 200 ? undefined : res.json }).toEqual({ status: 200, json: undefined })
  }, 60_000)

  test('answers 410 in nb, nn and en with the explanation in the page language (bokmål, marked, where it has none), again from the cache', async () => {
    for (const lang of LANGS) {
      for (const round of [1, 2]) {
        const { status, body } = await get(addressIn(lang, doc.slugs[lang]))
        expect({ lang, round, status }).toEqual({ lang, round, status: 410 })
        expect(body).toContain(`<html lang="${lang}"`)
        if (lang === 'en') expect(body).toMatch(new RegExp(`<p[^>]*lang="nb"[^>]*>${explanation.nb}</p>`))
        else expect(body).toContain(explanation[lang])
        expect(body).toContain(`href="${prefix(lang, '/')}"`)
      }
    }
  })

  test('the 410 page is axe-clean and valid HTML in every language', async () => {
    const failures: string[] = []
    for (const lang of LANGS) {
      const path = addressIn(lang, doc.slugs[lang])
      const res = await browser.page.goto(path, { waitUntil: 'networkidle' })
      expect({ path, status: res?.status() }).toEqual({ path, status: 410 })
      expect(await browser.page.locator('h1').count()).toBe(1)
      for (const v of await axeViolations(browser.page)) failures.push(`${path}: ${v}`)
      for (const e of htmlErrors((await get(path)).body)) failures.push(`${path}: ${e}`)
    }
    expect(failures).toEqual([])
  }, 120_000)

  test('leaves the sitemap', async () => {
    const sitemap = await (await fetch(url('/sitemap.xml'))).text()
    for (const lang of LANGS) expect(sitemap).not.toContain(`/artikler/${doc.slugs[lang]}<`)
  })

  test('published again, every address answers 200 again', async () => {
    await publish(doc.id)
    for (const lang of LANGS) expect({ lang, status: (await get(addressIn(lang, doc.slugs[lang]))).status }).toEqual({ lang, status: 200 })
  })
})

describe('permanent redirects', () => {
  test('a redirect-mode withdrawal sends each address to the chosen article in its language', async () => {
    const [from, to] = [await article(unique()), await article(unique())]
    const res = await api('POST', '/withdrawal', editor, { collection: 'articles', id: from.id, mode: 'redirect', target: { collection: 'articles', id: to.id } })
    expect(res.status).toBe(200)
    for (const lang of LANGS) {
      const answer = await get(addressIn(lang, from.slugs[lang]))
      expect({ lang, status: answer.status, to: pathOf(answer.location) }).toEqual({ lang, status: 301, to: addressIn(lang, to.slugs[lang]) })
    }
  }, 60_000)

  test('a renamed slug sends the old address to the new one; the old one leaves the sitemap', async () => {
    const doc = await article(unique())
    const renamed = `omdopt-${unique()}`
    expect((await api('PATCH', `/articles/${doc.id}?draft=true`, editor, { slug: renamed })).status).toBe(200)
    await publish(doc.id)
    const old = await get(addressIn('nb', doc.slugs.nb))
    expect({ status: old.status, to: pathOf(old.location) }).toEqual({ status: 301, to: `/artikler/${renamed}` })
    expect((await get(`/artikler/${renamed}`)).status).toBe(200)
    const sitemap = await (await fetch(url('/sitemap.xml'))).text()
    expect(sitemap).toContain(`/artikler/${renamed}<`)
    expect(sitemap).not.toContain(`/artikler/${doc.slugs.nb}<`)
  }, 60_000)
})

describe('the admin\'s "Trekk tilbake"', () => {
  test('staff withdraw a published article from its edit view; its address then answers 410 with the explanation', async () => {
    const doc = await article(unique())
    const explanation = `Erstattet av ny veiledning ${unique()}.`
    const admin = await openBrowser()
    try {
      await loginInBrowser(admin.page, adminCredentials())
      await admin.page.goto(`/admin/collections/articles/${doc.id}`, { waitUntil: 'domcontentloaded' })
      await admin.page.getByRole('button', { name: 'Trekk tilbake …' }).click({ timeout: 60_000 })
      await admin.page.getByLabel('Offentlig forklaring, Bokmål (påkrevd)').fill(explanation)
      await admin.page.getByRole('button', { name: 'Trekk tilbake', exact: true }).click()
      await admin.page.getByRole('status').filter({ hasText: 'Siden er trukket tilbake.' }).waitFor({ timeout: 30_000 })
    } finally {
      await admin.close()
    }
    const { status, body } = await get(addressIn('nb', doc.slugs.nb))
    expect(status).toBe(410)
    expect(body).toContain(explanation)
  }, 120_000)
})
