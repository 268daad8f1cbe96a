import { beforeAll, describe, expect, test } from '@jest/globals'

import { api, categories, loginAdmin, unique, withoutSecondPairOfEyes } from './helpers/api'
import { browserForSuite } from './helpers/browser'

// Not about the review workflow: the admin publishes its own changes, with the second pair of eyes off.
withoutSecondPairOfEyes()

/** A valid Norwegian organisation number (modulus 11), different on each call. */
function organisationNumber(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? 9 : Math.floor(Math.random() * 10)))
    const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * digits[i]!, 0)
    const check = (11 - (sum % 11)) % 11
    if (check !== 10) return [...digits, check].join('')
  }
}

type Entry = { id: number; slug: string; published: string; draft: string }

describe('draft mode for a vendor: its own drafts, and everyone else’s entries as published', () => {
  const browser = browserForSuite()
  const password = `Lev-${unique()}-${unique()}`
  let email: string
  let own: Entry
  let other: Entry

  beforeAll(async () => {
    const admin = await loginAdmin()
    const [group] = await categories()
    const org = async () => (await api<{ doc: { id: number } }>('POST', '/vendor-organisations', admin, { name: `Firma ${unique()} AS`, organisationNumber: organisationNumber() })).json.doc.id
    const [orgA, orgB] = [await org(), await org()]
    email = `vendor-${unique()}@e2e.example.no`
    const user = await api('POST', '/users', admin, { email, password, name: 'Leverandør A', roles: ['vendor'], organisation: orgA })
    expect(user.status).toBe(201)
    const entry = async (owner: number): Promise<Entry> => {
      const published = `Publisert beskrivelse ${unique()}`
      const draft = `Utkast til beskrivelse ${unique()}`
      const created = await api<{ doc: { id: number; slug: string } }>('POST', '/vendors', admin, {
        name: `Videotjeneste ${unique()}`,
        solutionType: 'standalone',
        professionCategories: [group!.id],
        shortDescription: published,
        owner,
        _status: 'published', changeNote: 'E2E-endring',
      })
      expect(created.status).toBe(201)
      const saved = await api('PATCH', `/vendors/${created.json.doc.id}?draft=true&locale=nb`, admin, { shortDescription: draft, _status: 'draft' })
      expect(saved.status).toBe(200)
      return { id: created.json.doc.id, slug: created.json.doc.slug, published, draft }
    }
    own = await entry(orgA)
    other = await entry(orgB)
  }, 60_000)

  test('signed in and in draft mode, the vendor sees its own draft and the other organisation’s published text', async () => {
    const { page, context } = browser
    const login = await context.request.post('/api/users/login', { data: { email, password } })
    expect(login.status()).toBe(200)
    await page.goto(`/preview?path=${encodeURIComponent(`/leverandorer/${own.slug}`)}`)
    expect(new URL(page.url()).pathname).toBe(`/leverandorer/${own.slug}`)
    const ownPage = await page.locator('main').textContent()
    expect(ownPage).toContain(own.draft)
    expect(ownPage).not.toContain(own.published)

    await page.goto(`/leverandorer/${other.slug}`)
    const otherPage = await page.locator('main').textContent()
    expect(otherPage).toContain(other.published)
    expect(otherPage).not.toContain(other.draft)

    await page.goto('/leverandorer')
    const directory = await page.locator('main').textContent()
    expect(directory).toContain(own.draft)
    expect(directory).toContain(other.published)
    expect(directory).not.toContain(other.draft)
  }, 120_000)
})
