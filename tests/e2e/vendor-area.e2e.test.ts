import crypto from 'node:crypto'

import { beforeAll, describe, expect, test } from '@jest/globals'
import type { Page } from 'playwright-core'

import { loginInBrowser, type Credentials } from './helpers/admin'
import { api, categories, login, loginAdmin, unique, withoutSecondPairOfEyes } from './helpers/api'
import { browserForSuite } from './helpers/browser'

// Issue 12 item 2 in Chromium against the production server: a vendor logs in to the admin, sees only its own
// navigation items and its start page with its entries, cannot reach the rest by address, lists only its own
// organisation's entries, and creates a draft entry with the Norwegian form. REST is used to set the scene (the
// accounts, organisation B's published entry) and to read what the admin does not show (the stored owner).

type Id = number | string
const WAIT = 60_000

// Organisation B's approved entry is published by the admin itself in the set-up: the second pair of eyes is off
// while this file runs (as an admin may set it); the vendor's own part never publishes.
withoutSecondPairOfEyes()

/** A valid Norwegian organisation number (modulus 11), different on each call. */
function organisationNumber(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? 9 : crypto.randomInt(10)))
    const check = (11 - ([3, 2, 7, 6, 5, 4, 3, 2].reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11)) % 11
    if (check !== 10) return [...digits, check].join('')
  }
}

/** Opens a Payload select or relationship field (react-select) by its path and picks the option with this label. */
async function pick(page: Page, path: string, option: string) {
  const field = page.locator(`#field-${path}`)
  await field.locator('.rs__control').click()
  await page.locator('.rs__option', { hasText: option }).first().click({ timeout: WAIT })
}

const scene = {} as {
  vendor: Credentials
  orgA: Id
  groupName: string
  draftName: string
  submittedName: string
  otherPublishedName: string
}

beforeAll(async () => {
  const admin = await loginAdmin()
  const [group] = await categories()
  scene.groupName = group!.name
  const orgA = await api('POST', '/vendor-organisations', admin, { name: `Område A ${unique()} AS`, organisationNumber: organisationNumber() })
  const orgB = await api('POST', '/vendor-organisations', admin, { name: `Område B ${unique()} AS`, organisationNumber: organisationNumber() })
  expect([orgA.status, orgB.status]).toEqual([201, 201])
  scene.orgA = orgA.json.doc.id
  scene.vendor = { email: `leverandor-${unique()}@e2e.example.no`, password: `Lev-${unique()}-${unique()}` }
  const user = await api('POST', '/users', admin, { ...scene.vendor, name: 'Live Leverandør', roles: ['vendor'], organisation: scene.orgA })
  expect(user.status).toBe(201)
  const token = await login(scene.vendor.email, scene.vendor.password)

  scene.draftName = `Utkastløsning ${unique()}`
  scene.submittedName = `Innsendt løsning ${unique()}`
  scene.otherPublishedName = `Annens løsning ${unique()}`
  const entry = { solutionType: 'standalone', professionCategories: [group!.id] }
  const draft = await api('POST', '/vendors?draft=true', token, { ...entry, name: scene.draftName })
  const submitted = await api('POST', '/vendors?draft=true', token, { ...entry, name: scene.submittedName })
  expect([draft.status, submitted.status]).toEqual([201, 201])
  const sent = await api('POST', '/workflow/transition', token, { collection: 'vendors', id: submitted.json.doc.id, to: 'in-review' })
  expect(sent.status).toBe(200)
  const other = await api('POST', '/vendors', admin, { ...entry, name: scene.otherPublishedName, owner: orgB.json.doc.id, _status: 'published', changeNote: 'E2E' })
  expect(other.status).toBe(201)
}, 120_000)

describe('a vendor in the admin', () => {
  const browser = browserForSuite()

  test('logs in and sees its start page: its entries by state, what to do next, and a link to a new entry', async () => {
    const { page } = browser
    await loginInBrowser(page, scene.vendor)
    await page.getByRole('heading', { name: 'Dine oppføringer' }).waitFor({ timeout: WAIT })
    expect(await page.getByText('Uautorisert').count()).toBe(0)
    const drafts = page.locator('[data-section="vv-vendor-draft"]')
    await expect(drafts.getByRole('heading', { name: /Utkast/ }).count()).resolves.toBe(1)
    expect(await drafts.textContent()).toContain(scene.draftName)
    expect(await drafts.textContent()).toContain('trykk «Send inn» når den er klar')
    const submitted = page.locator('[data-section="vv-vendor-in-review"]')
    expect(await submitted.textContent()).toContain(scene.submittedName)
    expect(await submitted.textContent()).toContain('Redaksjonen vurderer oppføringen')
    expect(await page.locator('.vv-vendor-start').textContent()).not.toContain(scene.otherPublishedName)
    expect(await page.getByRole('link', { name: 'Ny oppføring' }).getAttribute('href')).toBe('/admin/collections/vendors/create')
  }, 120_000)

  test('its navigation and cards hold only Videoløsninger (and Invitasjoner) and its account', async () => {
    const { page } = browser
    await page.goto('/admin', { waitUntil: 'domcontentloaded' })
    await page.getByRole('heading', { name: 'Dine oppføringer' }).waitFor({ timeout: WAIT })
    const hrefs = await page.locator('a[href^="/admin/collections/"], a[href^="/admin/globals/"]').evaluateAll((links) =>
      [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').slice(0, 4).join('/')))].sort(),
    )
    expect(hrefs.filter((h) => h !== '/admin/collections/vendor-invitations')).toEqual(['/admin/collections/vendors'])
    expect(await page.locator('a[href="/admin/account"]').count()).toBeGreaterThan(0)
  }, 120_000)

  test.each(['/admin/collections/articles', '/admin/collections/users', '/admin/globals/site-settings', '/admin/collections/audit-log'])(
    '%s by address is the admin’s Norwegian "not found" page, not a crash',
    async (path) => {
      const { page } = browser
      await page.goto(path, { waitUntil: 'domcontentloaded' })
      await page.getByText('Ingenting funnet').first().waitFor({ timeout: WAIT })
      expect(await page.getByText('Tilbake til kontrollpanel').count()).toBeGreaterThan(0)
    },
    120_000,
  )

  test("its list of video solutions holds its own organisation's entries, not another's published one", async () => {
    const { page } = browser
    await page.goto('/admin/collections/vendors', { waitUntil: 'domcontentloaded' })
    await page.getByText(scene.draftName).first().waitFor({ timeout: WAIT })
    expect(await page.getByText(scene.submittedName).count()).toBeGreaterThan(0)
    expect(await page.getByText(scene.otherPublishedName).count()).toBe(0)
  }, 120_000)

  test('creates a draft entry with the Norwegian form and its help texts; the entry is its organisation’s', async () => {
    const { page } = browser
    await page.goto('/admin', { waitUntil: 'domcontentloaded' })
    await page.getByRole('link', { name: 'Ny oppføring' }).click()
    await page.waitForURL((u) => u.pathname === '/admin/collections/vendors/create', { timeout: WAIT })
    await page.locator('input[name="name"]').waitFor({ timeout: WAIT })
    await page.getByText('Navn på løsningen').first().waitFor()
    await page.getByText('Navnet løsningen har i markedsføringen').first().waitFor()
    const name = `Ny løsning fra skjema ${unique()}`
    await page.locator('input[name="name"]').fill(name)
    await pick(page, 'solutionType', 'Frittstående videoløsning')
    await pick(page, 'professionCategories', scene.groupName)
    await page.locator('textarea[name="shortDescription"]').fill('Videokonsultasjon for fastleger, i nettleseren.')
    const created = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/vendors' && r.request().method() === 'POST', { timeout: WAIT })
    await page.getByRole('button', { name: 'Lagre utkast' }).click()
    const response = await created
    expect(response.status()).toBe(201)
    const id = ((await response.json()) as { doc: { id: Id } }).doc.id
    await page.waitForURL((u) => u.pathname === `/admin/collections/vendors/${id}`, { timeout: WAIT })
    expect(await page.locator('input[name="name"]').inputValue()).toBe(name)

    const stored = await api('GET', `/vendors/${id}?draft=true&depth=0`, await loginAdmin())
    expect({ name: stored.json.name, owner: stored.json.owner, status: stored.json._status }).toEqual({ name, owner: scene.orgA, status: 'draft' })
    const publicRead = await api('GET', `/vendors/${id}`)
    expect(publicRead.status).toBe(404)
  }, 180_000)
})
