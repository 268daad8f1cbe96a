import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { categories, url, vendorsAsPublicAndStaff, type CategoryDoc, type VendorDoc } from './helpers/api'
import { openBrowser, type Browser } from './helpers/browser'

/** Where an address redirects to (no following), as status and Location path with query. */
async function redirectOf(path: string): Promise<{ status: number; location: string | null }> {
  const res = await fetch(url(path), { redirect: 'manual' })
  const location = res.headers.get('location')
  return { status: res.status, location: location ? decodeURIComponent(new URL(location, url('/')).pathname + new URL(location, url('/')).search) : null }
}

describe('a directory filter written in another language', () => {
  let doctors: CategoryDoc
  let published: VendorDoc[]
  let browser: Browser

  beforeAll(async () => {
    doctors = (await categories('nb')).find((g) => g.slug === 'leger')!
    published = (await vendorsAsPublicAndStaff()).published
    browser = await openBrowser({ javaScriptEnabled: false })
  }, 60_000)
  afterAll(() => browser?.close())

  test('redirects to the same filter in the page language, keeping the other filters', async () => {
    const temporary = (location: string) => ({ status: 307, location })
    expect(await redirectOf('/en/leverandorer?gruppe=leger')).toEqual(temporary('/en/leverandorer?gruppe=doctors'))
    expect(await redirectOf('/en/leverandorer?gruppe=legar&type=standalone')).toEqual(temporary('/en/leverandorer?gruppe=doctors&type=standalone'))
    expect(await redirectOf('/nn/leverandorer?nettleser=1&gruppe=doctors')).toEqual(temporary('/nn/leverandorer?gruppe=legar&nettleser=1'))
    expect(await redirectOf('/leverandorer?gruppe=legar')).toEqual(temporary('/leverandorer?gruppe=leger'))
  })

  test('no shared cache may keep such a redirect (it is built from slugs up to a minute old)', async () => {
    const res = await fetch(url('/en/leverandorer?gruppe=leger'), { redirect: 'manual' })
    expect(res.status).toBe(307)
    expect(res.headers.get('cache-control')).toMatch(/no-store/)
  })

  test('a value already in the page language, or one that is no group at all, is not redirected', async () => {
    for (const path of ['/en/leverandorer?gruppe=doctors', '/leverandorer?gruppe=leger', '/nn/leverandorer?gruppe=legar', '/en/leverandorer?gruppe=finnes-ikke']) {
      expect({ path, status: (await redirectOf(path)).status }).toEqual({ path, status: 200 })
    }
  })

  test('/en/leverandorer?gruppe=leger lands on the English address and shows the doctors list', async () => {
    const res = await browser.page.goto('/en/leverandorer?gruppe=leger')
    expect(res?.status()).toBe(200)
    expect(new URL(browser.page.url()).search).toBe('?gruppe=doctors')
    expect(await browser.page.locator('#filter-gruppe').inputValue()).toBe('doctors')
    const shown = (await browser.page.locator('.vendor-grid [data-vendor]').evaluateAll((els) => els.map((e) => e.getAttribute('data-vendor')!))).sort()
    const expected = published.filter((v) => v.professionCategories.includes(doctors.id)).map((v) => v.slug).sort()
    expect(expected.length).toBeLessThan(published.length)
    expect(shown).toEqual(expected)
  })
})
