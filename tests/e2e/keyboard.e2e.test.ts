import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Page } from 'playwright-core'

import { openBrowser, type Browser } from './helpers/browser'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

type Stop = { key: string | null; tag: string; text: string; visibleFocus: boolean; onScreen: boolean }

/**
 * Presses Tab from the top of the page until focus leaves the page, and reports which of the page's
 * focusable elements were reached, and whether each showed a visible focus indicator.
 */
async function tabThrough(page: Page): Promise<{ total: number; stops: Stop[] }> {
  const total = await page.evaluate((selector) => {
    const all = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      const style = getComputedStyle(el)
      // A honeypot field is hidden from people on purpose: out of the tab order inside an aria-hidden box.
      const trap = el.getAttribute('tabindex') === '-1' && el.closest('[aria-hidden="true"]')
      return style.display !== 'none' && style.visibility !== 'hidden' && !el.closest('[hidden], [inert]') && !trap
    })
    all.forEach((el, i) => el.setAttribute('data-kbd', String(i)))
    return all.length
  }, FOCUSABLE)
  const stops: Stop[] = []
  for (let i = 0; i < total + 5; i++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return null
      const style = getComputedStyle(el)
      const rect = el.getBoundingClientRect()
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== ''
      return {
        key: el.getAttribute('data-kbd'),
        tag: el.tagName.toLowerCase(),
        text: (el.textContent ?? '').trim().slice(0, 40),
        visibleFocus: outline || shadow,
        onScreen: rect.width > 1 && rect.height > 1,
      }
    })
    if (!stop) break
    if (stops.length && stop.key === stops[0]!.key) break
    stops.push(stop)
  }
  return { total, stops }
}

describe('keyboard only', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await openBrowser()
  })
  afterAll(() => browser?.close())

  for (const path of ['/', '/leverandorer']) {
    test(`Tab reaches every link and control on ${path}, each with a visible focus indicator`, async () => {
      await browser.page.goto(path, { waitUntil: 'networkidle' })
      const { total, stops } = await tabThrough(browser.page)
      const reached = new Set(stops.map((s) => s.key))
      const missed = await browser.page.evaluate(
        (keys) =>
          [...document.querySelectorAll<HTMLElement>('[data-kbd]')]
            .filter((el) => !keys.includes(el.getAttribute('data-kbd')))
            .map((el) => `${el.tagName} ${el.textContent?.trim().slice(0, 40)}`),
        [...reached],
      )
      expect(total).toBeGreaterThan(10)
      expect(missed).toEqual([])
      expect(stops.filter((s) => !s.visibleFocus || !s.onScreen)).toEqual([])
      // The first stop is the skip link, and it leads to the main content.
      expect(stops[0]!.text).toBe('Hopp til hovedinnholdet')
    }, 90_000)
  }

  test('the skip link moves focus to the main content', async () => {
    const { page } = browser
    await page.goto('/', { waitUntil: 'networkidle' })
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.activeElement?.id === 'main')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  test('the directory filters can be used from the keyboard alone', async () => {
    const { page } = browser
    await page.goto('/leverandorer', { waitUntil: 'networkidle' })
    await page.focus('#filter-nettleser')
    await page.keyboard.press('Space')
    await page.waitForURL(/nettleser=1/)
    expect(await page.isChecked('#filter-nettleser')).toBe(true)
  })
})
