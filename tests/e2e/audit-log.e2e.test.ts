import { beforeAll, describe, expect, test } from '@jest/globals'

import { api, loginAdmin, unique, url } from './helpers/api'
import { browserForSuite } from './helpers/browser'
import { readState } from './helpers/state'

describe('the audit log in the admin', () => {
  const browser = browserForSuite()
  const tried = `ukjent-${unique()}@e2e.example.no`
  let token: string

  beforeAll(async () => {
    token = await loginAdmin()
    // One failed login to find again: the e-mail tried is the entry's actor.
    const refused = await fetch(url('/api/users/login'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: tried, password: 'feil-passord-e2e' }),
    })
    expect(refused.status).toBe(401)
    await browser.context.addCookies([{ name: 'payload-token', value: token, url: readState().baseURL }])
  }, 60_000)

  test('an admin opens the log, finds the failed login by the e-mail tried and by action, and has no create or delete', async () => {
    const { page } = browser
    await page.goto('/admin/collections/audit-log', { waitUntil: 'domcontentloaded' })
    await page.locator('.cell-action').first().waitFor({ timeout: 90_000 })
    expect(await page.locator('a[href$="/admin/collections/audit-log/create"]').count()).toBe(0)
    expect(await page.getByRole('button', { name: /^(Opprett ny|Create new)/ }).count()).toBe(0)

    // The search box searches who acted (and the document id and details).
    await page.locator('.search-filter__input, input[type="search"], #search-filter-input').first().fill(tried)
    await page.waitForFunction(
      (email) => {
        const rows = [...document.querySelectorAll('tbody tr')]
        return rows.length === 1 && (rows[0] as HTMLElement).innerText.includes(email)
      },
      tried,
      { timeout: 30_000 },
    )
    expect(await page.locator('tbody tr').first().innerText()).toContain('Mislykket innlogging')

    // A filter on the action, as the filter controls write it into the address.
    await page.goto('/admin/collections/audit-log?limit=100&where[or][0][and][0][action][equals]=login-failed', { waitUntil: 'domcontentloaded' })
    await page.locator('.cell-action').first().waitFor({ timeout: 60_000 })
    const actions = await page.locator('.cell-action').allInnerTexts()
    expect(new Set(actions.map((a) => a.trim()))).toEqual(new Set(['Mislykket innlogging']))
    expect((await page.locator('tbody').innerText()).includes(tried)).toBe(true)

    // No delete in the list's selection bar: selecting a row offers nothing to delete.
    await page.locator('tbody tr').first().locator('input[type="checkbox"]').check()
    expect(await page.getByRole('button', { name: /^(Slett|Delete)/ }).count()).toBe(0)

    // The log is append-only over the API too, for the admin as well.
    const { json } = await api<{ docs: { id: number }[] }>('GET', `/audit-log?where[actorLabel][equals]=${encodeURIComponent(tried)}`, token)
    const id = json.docs[0]!.id
    expect((await api('DELETE', `/audit-log/${id}`, token)).status).toBe(403)
    expect((await api('PATCH', `/audit-log/${id}`, token, { actorLabel: 'endret' })).status).toBe(403)
  }, 240_000)
})
