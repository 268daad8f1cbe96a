import { jest } from '@jest/globals'

import type { Payload } from 'payload'

// The hooks call next/cache's revalidateTag; inside this test it records the tags instead.
const expired: string[] = []
jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: (tag: string, profile: unknown) => {
    expect(profile).toEqual({ expire: 0 })
    expired.push(tag)
  },
}))

let payload: Payload
let categoryId: number

beforeAll(async () => {
  const { bootPayload } = await import('../../helpers/boot')
  payload = (await bootPayload()).payload
  categoryId = (await payload.create({ collection: 'profession-categories', data: { name: 'Leger', order: 1 }, overrideAccess: true })).id as number
})

beforeEach(() => {
  expired.length = 0
})

const vendor = (name: string) => ({ name, solutionType: 'standalone' as const, professionCategories: [categoryId] }) as never as { name: string }

describe('changes expire the cache tag of every page that shows them', () => {
  it('publish, edit, unpublish and delete of a vendor each expire "vendors"', async () => {
    const doc = await payload.create({ collection: 'vendors', data: { ...vendor('Ny'), _status: 'published' } as never, overrideAccess: true })
    expect(expired).toContain('vendors')
    expired.length = 0
    await payload.update({ collection: 'vendors', id: doc.id, data: { name: 'Nytt navn' }, overrideAccess: true })
    expect(expired).toContain('vendors')
    expired.length = 0
    await payload.update({ collection: 'vendors', id: doc.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(expired).toContain('vendors')
    expired.length = 0
    await payload.delete({ collection: 'vendors', id: doc.id, overrideAccess: true })
    expect(expired).toContain('vendors')
  })

  it('a published change also expires the search index tag', async () => {
    await payload.create({ collection: 'vendors', data: { ...vendor('Søkbar'), _status: 'published' } as never, overrideAccess: true })
    expect(expired).toEqual(expect.arrayContaining(['vendors', 'search']))
  })

  it.each([
    ['tariffs', { code: '2ae', title: 'E-konsultasjon', professions: ['lege'], effectiveFrom: '2020-03-16T00:00:00.000Z' }],
    ['research-links', { title: 'Rapport', kind: 'report', url: 'https://example.no/r' }],
    ['articles', { title: 'Artikkel om video' }],
    ['profession-categories', { name: 'Kommuner', order: 5 }],
  ] as const)('a change to %s expires its tag', async (collection, data) => {
    const status = collection === 'profession-categories' ? {} : { _status: 'published' }
    const doc = await payload.create({ collection, data: { ...data, ...status } as never, overrideAccess: true })
    expect(expired).toContain(collection)
    expired.length = 0
    await payload.delete({ collection, id: doc.id, overrideAccess: true })
    expect(expired).toContain(collection)
  })

  it('a slug change of an article expires the articles tag, so the old address is rendered anew too', async () => {
    const doc = await payload.create({ collection: 'articles', data: { title: 'Gammel tittel', _status: 'published' }, overrideAccess: true })
    expired.length = 0
    const updated = await payload.update({ collection: 'articles', id: doc.id, data: { slug: 'ny-adresse' }, overrideAccess: true })
    expect(updated.slug).toBe('ny-adresse')
    expect(expired).toContain('articles')
  })

  it('settings and navigation expire their tags', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { siteName: 'Videoveileder', disclaimers: { notExhaustive: 'a', notApproval: 'b', clinicianResponsible: 'c' } },
      overrideAccess: true,
    })
    await payload.updateGlobal({ slug: 'navigation', data: { footerText: 'Bunntekst' }, overrideAccess: true })
    expect(expired).toEqual(expect.arrayContaining(['site-settings', 'navigation']))
  })

  it('a new draft, and a draft saved over a draft (autosave), change nothing public and expire nothing', async () => {
    const doc = await payload.create({ collection: 'articles', data: { title: 'Utkast' }, overrideAccess: true })
    await payload.update({ collection: 'articles', id: doc.id, data: { lead: 'Skriver videre' }, draft: true, overrideAccess: true })
    await payload.update({ collection: 'articles', id: doc.id, data: { lead: 'Og videre' }, draft: true, overrideAccess: true })
    expect(expired).toEqual([])
    await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' }, overrideAccess: true })
    expect(expired).toContain('articles')
  })

  it('a seed or bulk job can skip revalidation for one operation', async () => {
    await payload.create({ collection: 'tariffs', data: { code: 'K6', title: 'Video', professions: ['kiropraktor'], effectiveFrom: '2020-03-23T00:00:00.000Z' }, overrideAccess: true, context: { skipRevalidate: true } })
    expect(expired).not.toContain('tariffs')
  })
})
