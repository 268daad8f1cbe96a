import { beforeAll, describe, expect, test } from '@jest/globals'

import { adminCredentials, loginInBrowser } from './helpers/admin'
import { api, categories, loginAdmin, unique, url, withoutSecondPairOfEyes } from './helpers/api'
import { openBrowser } from './helpers/browser'

// Not about the review workflow: the admin publishes the entries itself.
withoutSecondPairOfEyes()

const attestations = (confirmedAt: string) => ({
  endToEndEncryption: { status: 'yes', confirmedAt },
  participantsIdentified: { status: 'yes', confirmedAt },
  allParticipantsVisible: { status: 'no', confirmedAt },
  dataProcessorAgreement: { status: 'yes', confirmedAt },
  followsNormen: { status: 'unknown', confirmedAt: null },
})

/** The text of a page's HTML, tags removed and whitespace collapsed, as a reader sees it. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

// Re-confirmation on the public pages (issue 12 item 6): each approved entry says when its attestations were last
// confirmed; once the period in site settings (12 months) has passed it is marked, and still listed.
describe('attestation dates on the public pages', () => {
  let overdue = { id: 0, slug: '', name: '' }
  let current = { id: 0, slug: '', name: '' }
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date())

  beforeAll(async () => {
    const admin = await loginAdmin()
    const [category] = await categories()
    const create = async (name: string, confirmedAt: string) => {
      const vendor = await api('POST', '/vendors', admin, {
        name,
        solutionType: 'standalone',
        professionCategories: [category!.id],
        attestations: attestations(confirmedAt),
        _status: 'published',
        changeNote: 'E2E-endring',
      })
      expect(vendor.status).toBe(201)
      return { id: vendor.json.doc.id as number, slug: vendor.json.doc.slug as string, name }
    }
    overdue = await create(`Forfalt løsning ${unique()}`, '2021-06-01T12:00:00.000Z')
    current = await create(`Fersk løsning ${unique()}`, `${today}T12:00:00.000Z`)
  })

  test.each([
    ['nb', '', 'Ikke bekreftet siden 1. juni 2021'],
    ['nn', '/nn', 'Ikkje stadfesta sidan 1. juni 2021'],
    ['en', '/en', 'Not confirmed since 1 June 2021'],
  ])('an overdue entry is marked on its page and in the directory (%s), and stays listed', async (_lang, prefix, mark) => {
    const page = await fetch(url(`${prefix}/leverandorer/${overdue.slug}`))
    expect(page.status).toBe(200)
    expect(textOf(await page.text())).toContain(mark)
    const directory = textOf(await (await fetch(url(`${prefix}/leverandorer`))).text())
    expect(directory).toContain(overdue.name)
    expect(directory).toContain(mark)
  })

  test('an entry confirmed today says so and carries no mark', async () => {
    const html = await (await fetch(url(`/leverandorer/${current.slug}`))).text()
    expect(html).toContain('data-confirmation="current"')
    expect(html).not.toContain('data-confirmation="overdue"')
    expect(textOf(html)).toMatch(/Opplysninger sist bekreftet \d{1,2}\. \p{L}+ \d{4}/u)
  })
})

// The sidebar's "Bekreft opplysningene på nytt" (src/admin/vendors/ReconfirmButton.tsx): staff are authors too.
describe("the entry's re-confirmation in the admin", () => {
  test('an author sees when the entry was confirmed and that it is overdue, confirms again, and is told it went to review', async () => {
    const admin = await loginAdmin()
    const [category] = await categories()
    const created = await api('POST', '/vendors', admin, {
      name: `Bekreftes i admin ${unique()}`,
      solutionType: 'standalone',
      professionCategories: [category!.id],
      attestations: attestations('2022-03-10T12:00:00.000Z'),
      _status: 'published',
      changeNote: 'E2E-endring',
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.json.doc as { id: number; slug: string }
    const browser = await openBrowser()
    try {
      await loginInBrowser(browser.page, adminCredentials())
      await browser.page.goto(`/admin/collections/vendors/${id}`, { waitUntil: 'domcontentloaded' })
      const panel = browser.page.locator('.reconfirm-panel')
      await panel.getByText('Sist bekreftet 10. mars 2022.').waitFor({ timeout: 60_000 })
      await panel.getByText('Fristen gikk ut 10. mars 2023.').waitFor()
      await panel.getByRole('button', { name: 'Bekreft opplysningene på nytt' }).click()
      await browser.page.getByRole('status').filter({ hasText: 'Sendt til vurdering.' }).waitFor({ timeout: 30_000 })
      // After the reload the newest version is the draft in review: the button is gone and the panel says why.
      await panel.getByText(/Send inn utkastet ditt til vurdering i stedet/).waitFor({ timeout: 30_000 })
      expect(await panel.getByRole('button', { name: 'Bekreft opplysningene på nytt' }).count()).toBe(0)
    } finally {
      await browser.close()
    }
    const draft = await api('GET', `/vendors/${id}?draft=true&depth=0`, admin)
    expect(draft.json.workflow.state).toBe('in-review')
    expect(draft.json.attestations.endToEndEncryption.confirmedAt.slice(0, 10)).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date()))
    // The public still sees the approved dates, marked.
    expect(textOf(await (await fetch(url(`/leverandorer/${slug}`))).text())).toContain('Ikke bekreftet siden 10. mars 2022')
  }, 180_000)
})
