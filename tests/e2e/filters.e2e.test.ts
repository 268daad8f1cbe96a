import { afterEach, beforeAll, describe, expect, test } from '@jest/globals'

import { categories, url, vendorsAsPublicAndStaff, type CategoryDoc, type VendorDoc } from './helpers/api'
import { openBrowser, type Browser } from './helpers/browser'

type Filter = { group?: string; type?: string; features?: ('browserBased' | 'helsenorgeIntegration' | 'connectedToHelsenett')[] }

describe('the vendor directory filters', () => {
  let groups: CategoryDoc[]
  let published: VendorDoc[]
  let browser: Browser | undefined

  beforeAll(async () => {
    groups = await categories('nb')
    published = (await vendorsAsPublicAndStaff()).published
  })
  afterEach(async () => {
    await browser?.close()
    browser = undefined
  })

  const expected = (f: Filter) => {
    const group = groups.find((g) => g.slug === f.group)
    return published
      .filter((v) => !group || v.professionCategories.includes(group.id))
      .filter((v) => !f.type || v.solutionType === f.type)
      .filter((v) => (f.features ?? []).every((k) => v.features?.[k]))
      .map((v) => v.slug)
      .sort()
  }

  async function shown(): Promise<string[]> {
    const slugs = await browser!.page.locator('.vendor-grid [data-vendor]').evaluateAll((els) => els.map((e) => e.getAttribute('data-vendor')!))
    return slugs.sort()
  }

  /** The list after the client router has rendered the new address (no fixed sleeps). */
  async function shownWhen(want: string[]): Promise<string[]> {
    const deadline = Date.now() + 10_000
    let got = await shown()
    while (JSON.stringify(got) !== JSON.stringify(want) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100))
      got = await shown()
    }
    return got
  }

  test('lists every published vendor and no draft when nothing is chosen', async () => {
    browser = await openBrowser({ javaScriptEnabled: false })
    await browser.page.goto('/leverandorer')
    expect(await shown()).toEqual(expected({}))
  })

  test('work without JavaScript: a plain GET form puts the filters in the address', async () => {
    browser = await openBrowser({ javaScriptEnabled: false })
    const { page } = browser
    await page.goto('/leverandorer')
    await page.selectOption('#filter-gruppe', 'leger')
    await page.selectOption('#filter-type', 'epj-integrated')
    await page.check('#filter-nettleser')
    await Promise.all([page.waitForURL(/gruppe=leger/), page.click('#leverandorfilter button[type="submit"]')])
    const params = new URL(page.url()).searchParams
    expect(params.get('gruppe')).toBe('leger')
    expect(params.get('type')).toBe('epj-integrated')
    expect(params.get('nettleser')).toBe('1')
    const want = expected({ group: 'leger', type: 'epj-integrated', features: ['browserBased'] })
    expect(want.length).toBeGreaterThan(0)
    expect(await shown()).toEqual(want)
    expect(await page.locator('.result-count').textContent()).toContain(want.length === 1 ? '1 løsning' : `${want.length} løsninger`)
  })

  test('work with JavaScript: each change applies at once, without a full page load', async () => {
    browser = await openBrowser()
    const { page } = browser
    await page.goto('/leverandorer', { waitUntil: 'networkidle' })
    await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true))
    await page.selectOption('#filter-gruppe', 'psykologer-psykiatere')
    await page.waitForURL(/gruppe=psykologer-psykiatere/)
    const want = expected({ group: 'psykologer-psykiatere' })
    expect(await shownWhen(want)).toEqual(want)
    await page.check('#filter-helsenett')
    await page.waitForURL(/helsenett=1/)
    const narrower = expected({ group: 'psykologer-psykiatere', features: ['connectedToHelsenett'] })
    expect(await shownWhen(narrower)).toEqual(narrower)
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true)
    expect(new URL(page.url()).search).toBe('?gruppe=psykologer-psykiatere&helsenett=1')
  })

  test('a shared address shows the same list, and unknown values are ignored', async () => {
    browser = await openBrowser({ javaScriptEnabled: false })
    const { page } = browser
    await page.goto('/leverandorer?type=standalone&helsenorge=1')
    expect(await shown()).toEqual(expected({ type: 'standalone', features: ['helsenorgeIntegration'] }))
    expect(await page.inputValue('#filter-type')).toBe('standalone')
    expect(await page.isChecked('#filter-helsenorge')).toBe(true)
    await page.goto('/leverandorer?gruppe=finnes-ikke&type=%3Cscript%3E')
    expect(await shown()).toEqual(expected({}))
  })

  test('the language switch carries the group filter into nynorsk and English slugs', async () => {
    browser = await openBrowser({ javaScriptEnabled: false })
    const { page } = browser
    await page.goto('/leverandorer?gruppe=leger&type=standalone')
    await Promise.all([page.waitForURL(/\/nn\//), page.click('.language-switch a[hreflang="nn"]')])
    expect(new URL(page.url()).pathname).toBe('/nn/leverandorer')
    expect(new URL(page.url()).searchParams.get('gruppe')).toBe('legar')
    expect(await page.inputValue('#filter-gruppe')).toBe('legar')
    expect(await page.getAttribute('html', 'lang')).toBe('nn')
    await Promise.all([page.waitForURL(/\/en\//), page.click('.language-switch a[hreflang="en"]')])
    expect(new URL(page.url()).searchParams.get('gruppe')).toBe('doctors')
    expect(await shown()).toEqual(expected({ group: 'leger', type: 'standalone' }))
  })

  test('each filter combination is one cached page, whatever the order of the query', async () => {
    const first = await fetch(url('/leverandorer?gruppe=leger&type=standalone&helsenett=1'))
    expect(first.status).toBe(200)
    const reordered = await fetch(url('/leverandorer?helsenett=1&type=standalone&gruppe=leger&utm_source=x'))
    expect(reordered.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(await reordered.text()).toBe(await first.text())
    const other = await fetch(url('/leverandorer?gruppe=leger&type=epj-integrated&helsenett=1'))
    expect(await other.text()).not.toBe(await (await fetch(url('/leverandorer?gruppe=leger&type=standalone&helsenett=1'))).text())
  })
})
