import { beforeAll, describe, expect, test } from '@jest/globals'

import { api, categories, loginAdmin, unique, url, withoutSecondPairOfEyes } from './helpers/api'

// Not about the review workflow: the admin publishes its own changes, with the second pair of eyes off.
withoutSecondPairOfEyes()

/** A valid Norwegian organisation number (modulus 11), different on each call. */
function organisationNumber(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? 9 : Math.floor(Math.random() * 10)))
    const check = (11 - ([3, 2, 7, 6, 5, 4, 3, 2].reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11)) % 11
    if (check !== 10) return [...digits, check].join('')
  }
}

// The public vendor page names the organisation that owns the entry (vendors.owner), where it named the company.
describe('the owner organisation on the public pages', () => {
  const name = `Eierfirma ${unique()} AS`
  const number = organisationNumber()
  let slug = ''

  beforeAll(async () => {
    const admin = await loginAdmin()
    const organisation = await api('POST', '/vendor-organisations', admin, { name, organisationNumber: number })
    expect(organisation.status).toBe(201)
    const [category] = await categories()
    const vendor = await api('POST', '/vendors', admin, {
      name: `Eid løsning ${unique()}`,
      solutionType: 'standalone',
      professionCategories: [category!.id],
      owner: organisation.json.doc.id,
      _status: 'published', changeNote: 'E2E-endring',
    })
    expect(vendor.status).toBe(201)
    slug = vendor.json.doc.slug
  })

  test("the vendor's page shows the owner's name and organisation number", async () => {
    const body = await (await fetch(url(`/leverandorer/${slug}`))).text()
    expect(body).toContain(name)
    expect(body).toContain(number)
  })

  test('the directory shows the owner beside the solution', async () => {
    const body = await (await fetch(url('/leverandorer'))).text()
    expect(body).toContain(name)
  })
})
