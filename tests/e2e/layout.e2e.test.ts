import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { vendorsAsPublicAndStaff } from './helpers/api'
import { openBrowser, type Browser } from './helpers/browser'
import { LANGS, prefix } from './helpers/pages'

type Box = { left: number; right: number; top: number; bottom: number }

/** How far `inner` sticks out of `outer`, in CSS pixels on each side (0 when it is inside). */
const overhang = (inner: Box, outer: Box) => ({
  left: Math.max(0, Math.round(outer.left - inner.left)),
  right: Math.max(0, Math.round(inner.right - outer.right)),
  top: Math.max(0, Math.round(outer.top - inner.top)),
  bottom: Math.max(0, Math.round(inner.bottom - outer.bottom)),
})
const NONE = { left: 0, right: 0, top: 0, bottom: 0 }

describe('layout on a 1280 x 800 screen', () => {
  let browser: Browser
  let vendorSlug: string

  beforeAll(async () => {
    browser = await openBrowser({ viewport: { width: 1280, height: 800 } })
    const { published } = await vendorsAsPublicAndStaff()
    vendorSlug = (published.find((v) => (v as { website?: string }).website) ?? published[0]!).slug
  }, 60_000)
  afterAll(() => browser?.close())

  test('every tariff table fits its scroll box: the Status column and the caption are fully visible', async () => {
    for (const path of ['/', '/takster', '/en/takster']) {
      await browser.page.goto(path)
      const tables = await browser.page.locator('.scroll-region:has(> table.tariff-table)').evaluateAll((regions) =>
        regions.map((region) => {
          const box = (el: Element) => {
            const r = el.getBoundingClientRect()
            return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }
          }
          const table = region.querySelector('table')!
          const headers = table.querySelectorAll('thead th')
          return {
            scrollOverflow: region.scrollWidth - region.clientWidth,
            region: box(region),
            status: box(headers[headers.length - 1]!),
            caption: box(table.querySelector('caption')!),
          }
        }),
      )
      expect({ path, tables: tables.length > 0 }).toEqual({ path, tables: true })
      for (const t of tables) {
        expect({ path, scrollOverflow: t.scrollOverflow <= 1 }).toEqual({ path, scrollOverflow: true })
        expect({ path, status: overhang(t.status, t.region) }).toEqual({ path, status: NONE })
        expect({ path, caption: overhang(t.caption, t.region) }).toEqual({ path, caption: NONE })
      }
    }
  })

  test('the "I dag" label under each tariff timeline lies inside its picture', async () => {
    for (const lang of LANGS) {
      await browser.page.goto(prefix(lang, '/takster'))
      const labels = await browser.page.locator('.timeline__today-label').evaluateAll((els) =>
        els.map((el) => {
          const box = (e: Element) => {
            const r = e.getBoundingClientRect()
            return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }
          }
          return { text: el.textContent, label: box(el), svg: box(el.closest('svg')!), region: box(el.closest('.scroll-region')!) }
        }),
      )
      expect(labels.length).toBeGreaterThan(0)
      for (const l of labels) {
        expect({ lang, text: l.text, inSvg: overhang(l.label, l.svg) }).toEqual({ lang, text: l.text, inSvg: NONE })
        expect({ lang, text: l.text, inRegion: overhang(l.label, l.region) }).toEqual({ lang, text: l.text, inRegion: NONE })
      }
    }
  })

  test('headings hyphenate by language: computed hyphens: auto, and a lang of nb, nn or en', async () => {
    for (const lang of LANGS) {
      for (const path of ['/', '/leverandorer', `/leverandorer/${vendorSlug}`, '/takster', '/forskning']) {
        await browser.page.goto(prefix(lang, path))
        const headings = await browser.page.locator('main :is(h1, h2, h3, h4, h5, h6), main caption').evaluateAll((els) =>
          els.map((el) => ({
            text: el.textContent?.slice(0, 40),
            hyphens: getComputedStyle(el).hyphens,
            lang: el.closest('[lang]')?.getAttribute('lang') ?? null,
          })),
        )
        expect(headings.length).toBeGreaterThan(1)
        for (const h of headings) {
          expect({ path: prefix(lang, path), ...h, hyphens: h.hyphens, lang: ['nb', 'nn', 'en'].includes(h.lang ?? '') }).toEqual({
            path: prefix(lang, path),
            ...h,
            hyphens: 'auto',
            lang: true,
          })
        }
      }
    }
  }, 120_000)

  test('a vendor page: the website link keeps a distance from the row after it, and the attestations heading is not repeated as a caption', async () => {
    for (const lang of LANGS) {
      await browser.page.goto(prefix(lang, `/leverandorer/${vendorSlug}`))
      const gap = await browser.page.locator('.vendor-page a[rel~="noopener"]').evaluate((el) => {
        const link = el.getBoundingClientRect()
        const next = el.closest('.vendor-page > *')!.nextElementSibling!.getBoundingClientRect()
        return next.top - link.bottom
      })
      expect({ lang, gapAtLeast8px: gap >= 8 }).toEqual({ lang, gapAtLeast8px: true })

      const section = browser.page.locator('section:has(.attestation-table)')
      const heading = (await section.locator('h2').textContent())!.trim()
      const visibleTexts = await section.locator('h2, caption, p').evaluateAll((els) =>
        els.filter((e) => e.checkVisibility()).map((e) => (e as HTMLElement).innerText.trim()),
      )
      // The heading's words are shown once; the table still has an accessible name (from the heading).
      expect(visibleTexts.filter((text) => text.startsWith(heading))).toEqual([heading])
      const region = section.locator('.scroll-region')
      const labelledBy = (await region.getAttribute('aria-labelledby'))!
      const name = await browser.page.locator(`[id="${labelledBy.split(' ')[0]}"]`).textContent()
      expect(name?.trim().startsWith(heading)).toBe(true)
    }
  })
})
