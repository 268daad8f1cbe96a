import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { vendorsAsPublicAndStaff } from './helpers/api'
import { axeViolations } from './helpers/axe'
import { openBrowser, type Browser } from './helpers/browser'
import { LANGS, otherArticle, pageKinds, prefix, type Lang } from './helpers/pages'

describe('accessibility of every page kind in every language', () => {
  let browser: Browser
  let vendorSlug: string
  let article: Record<Lang, string>

  beforeAll(async () => {
    browser = await openBrowser()
    vendorSlug = (await vendorsAsPublicAndStaff()).published[0]!.slug
    article = await otherArticle()
  }, 60_000)
  afterAll(() => browser?.close())

  for (const lang of LANGS) {
    test(`axe finds no WCAG 2.1 A/AA violations (${lang})`, async () => {
      const failures: string[] = []
      for (const { kind, path, status } of pageKinds(lang, vendorSlug, article)) {
        const res = await browser.page.goto(path, { waitUntil: 'networkidle' })
        expect({ path, status: res?.status() }).toEqual({ path, status })
        const htmlLang = await browser.page.getAttribute('html', 'lang')
        const h1 = await browser.page.locator('h1').count()
        const main = await browser.page.locator('main#main').count()
        // The 404 cannot know the address's language: it is a bokmål document with a section per language.
        const documentLang = kind === '404' ? 'nb' : lang
        if (htmlLang !== documentLang) failures.push(`${kind} ${path}: html lang is ${htmlLang}`)
        if (kind === '404' && (await browser.page.locator(`main section[lang="${lang}"]`).count()) !== 1) {
          failures.push(`${kind} ${path}: no section in ${lang}`)
        }
        if (h1 !== 1) failures.push(`${kind} ${path}: ${h1} h1 elements`)
        if (main !== 1) failures.push(`${kind} ${path}: no main landmark`)
        for (const v of await axeViolations(browser.page)) failures.push(`${kind} ${path}: ${v}`)
      }
      expect(failures).toEqual([])
    }, 120_000)
  }

  test('headings never skip a level on the guide, the directory and a vendor page', async () => {
    for (const path of ['/', '/leverandorer', `/leverandorer/${vendorSlug}`, '/takster']) {
      await browser.page.goto(path)
      const levels = await browser.page.locator('main :is(h1,h2,h3,h4,h5,h6)').evaluateAll((els) => els.map((e) => Number(e.tagName[1])))
      expect(levels[0]).toBe(1)
      levels.forEach((level, i) => {
        if (i > 0) expect(level - levels[i - 1]!).toBeLessThanOrEqual(1)
      })
    }
  })

  test('at 320 px wide (and so at 400 % zoom of 1280 px) the pages reflow without sideways scrolling', async () => {
    const narrow = await openBrowser({ viewport: { width: 320, height: 640 } })
    try {
      for (const path of ['/', prefix('nn', '/leverandorer'), '/takster', `/leverandorer/${vendorSlug}`, '/sok?q=video']) {
        await narrow.page.goto(path)
        const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect({ path, overflow }).toEqual({ path, overflow: 0 })
      }
    } finally {
      await narrow.close()
    }
  }, 60_000)
})
