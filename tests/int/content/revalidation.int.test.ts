import type { Payload } from 'payload'

import { bootPayload } from '../../helpers/boot'
import { startReceiver, useReceiver } from '../../helpers/receiver'

// Every change is announced over HTTP to the app processes' internal routes (src/invalidation/). Here a
// small local server stands in for them: CONTENT_CHANGES_URL points at it for this file (tests/setupEnv.mjs
// turns delivery off everywhere else).
const receiver = useReceiver()
let payload: Payload
let categoryId: number

beforeAll(async () => {
  payload = (await bootPayload()).payload
  categoryId = (await payload.create({ collection: 'profession-categories', data: { name: 'Leger', order: 1 }, overrideAccess: true })).id as number
})

const vendor = (name: string) => ({ name, solutionType: 'standalone' as const, professionCategories: [categoryId] }) as never as { name: string }

describe('changes are announced to the app processes, signed, once written', () => {
  it('publish, edit, unpublish and delete of a vendor each announce "vendors", correctly signed, before the write returns', async () => {
    const doc = await payload.create({ collection: 'vendors', data: { ...vendor('Ny'), _status: 'published' } as never, overrideAccess: true })
    expect(receiver.tags()).toContain('vendors')
    receiver.clear()
    await payload.update({ collection: 'vendors', id: doc.id, data: { name: 'Nytt navn' }, overrideAccess: true })
    expect(receiver.tags()).toContain('vendors')
    receiver.clear()
    await payload.update({ collection: 'vendors', id: doc.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(receiver.tags()).toContain('vendors')
    receiver.clear()
    await payload.delete({ collection: 'vendors', id: doc.id, overrideAccess: true })
    expect(receiver.tags()).toContain('vendors')
    for (const r of receiver.received) {
      expect(r.path).toBe('/api/internal/content-changed')
      expect(r.signedCorrectly).toBe(true)
      expect(Math.abs(Date.now() - Number(r.timestamp))).toBeLessThan(60_000)
    }
  })

  it('an announcement arrives when the change can already be read by anyone else (after the commit)', async () => {
    const seen: string[] = []
    receiver.state.onReceive = async () => {
      const found = await payload.find({ collection: 'vendors', where: { name: { equals: 'Etter lagring' } }, overrideAccess: true, depth: 0 })
      seen.push(found.docs.length ? 'visible' : 'not yet')
    }
    await payload.create({ collection: 'vendors', data: { ...vendor('Etter lagring'), _status: 'published' } as never, overrideAccess: true })
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.every((s) => s === 'visible')).toBe(true)
  })

  it('a published change also announces the search index tag', async () => {
    await payload.create({ collection: 'vendors', data: { ...vendor('Søkbar'), _status: 'published' } as never, overrideAccess: true })
    expect(receiver.tags()).toEqual(expect.arrayContaining(['vendors', 'search']))
  })

  it.each([
    ['tariffs', { code: '2ae', title: 'E-konsultasjon', professions: ['lege'], effectiveFrom: '2020-03-16T00:00:00.000Z' }],
    ['research-links', { title: 'Rapport', kind: 'report', url: 'https://example.no/r' }],
    ['articles', { title: 'Artikkel om video' }],
    ['profession-categories', { name: 'Kommuner', order: 5 }],
  ] as const)('a change to %s announces its tag', async (collection, data) => {
    const status = collection === 'profession-categories' ? {} : { _status: 'published' }
    const doc = await payload.create({ collection, data: { ...data, ...status } as never, overrideAccess: true })
    expect(receiver.tags()).toContain(collection)
    receiver.clear()
    await payload.delete({ collection, id: doc.id, overrideAccess: true })
    expect(receiver.tags()).toContain(collection)
  })

  it('settings and navigation announce their tags', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { siteName: 'Videoveileder', disclaimers: { notExhaustive: 'a', notApproval: 'b', clinicianResponsible: 'c' } },
      overrideAccess: true,
    })
    await payload.updateGlobal({ slug: 'navigation', data: { footerText: 'Bunntekst' }, overrideAccess: true })
    expect(receiver.tags()).toEqual(expect.arrayContaining(['site-settings', 'navigation']))
  })

  it('a new draft, and a draft saved over a draft (autosave), change nothing public and announce nothing', async () => {
    const doc = await payload.create({ collection: 'articles', data: { title: 'Utkast' }, overrideAccess: true })
    await payload.update({ collection: 'articles', id: doc.id, data: { lead: 'Skriver videre' }, draft: true, overrideAccess: true })
    await payload.update({ collection: 'articles', id: doc.id, data: { lead: 'Og videre' }, draft: true, overrideAccess: true })
    expect(receiver.received).toEqual([])
    await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' }, overrideAccess: true })
    expect(receiver.tags()).toContain('articles')
  })

  it('unpublishing an entry that has a newer draft (the Unpublish button, a scheduled unpublish) announces its tag', async () => {
    const doc = await payload.create({ collection: 'vendors', data: { ...vendor('Avpubliseres'), _status: 'published' } as never, overrideAccess: true })
    await payload.update({ collection: 'vendors', id: doc.id, data: { name: 'Avpubliseres, nytt utkast' }, draft: true, overrideAccess: true })
    receiver.clear()
    await payload.update({ collection: 'vendors', id: doc.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(receiver.tags()).toContain('vendors')
  })

  it('renaming or deleting a vendor organisation announces "vendors" (the vendor pages show its name and number)', async () => {
    const organisation = await payload.create({ collection: 'vendor-organisations', data: { name: 'Videofirma AS' }, overrideAccess: true })
    expect(receiver.tags()).toContain('vendors')
    receiver.clear()
    await payload.update({ collection: 'vendor-organisations', id: organisation.id, data: { name: 'Videofirma Norge AS' }, overrideAccess: true })
    expect(receiver.tags()).toContain('vendors')
    receiver.clear()
    await payload.delete({ collection: 'vendor-organisations', id: organisation.id, overrideAccess: true })
    expect(receiver.tags()).toContain('vendors')
  })

  it('the seed can skip the announcement for one operation (it announces once when it is done)', async () => {
    await payload.create({ collection: 'tariffs', data: { code: 'K6', title: 'Video', professions: ['kiropraktor'], effectiveFrom: '2020-03-23T00:00:00.000Z' }, overrideAccess: true, context: { skipRevalidate: true } })
    expect(receiver.tags()).not.toContain('tariffs')
  })

  it('with CONTENT_CHANGES_URL=off nothing is sent', async () => {
    process.env.CONTENT_CHANGES_URL = 'off'
    try {
      await payload.create({ collection: 'vendors', data: { ...vendor('Stille'), _status: 'published' } as never, overrideAccess: true })
    } finally {
      process.env.CONTENT_CHANGES_URL = receiver.url
    }
    expect(receiver.received).toEqual([])
  })

  it('a comma-separated CONTENT_CHANGES_URL announces to every process listed', async () => {
    const second = await startReceiver()
    process.env.CONTENT_CHANGES_URL = `${receiver.url}, ${second.url}`
    try {
      await payload.create({ collection: 'vendors', data: { ...vendor('To prosesser'), _status: 'published' } as never, overrideAccess: true })
      expect(receiver.tags()).toContain('vendors')
      expect(second.tags()).toContain('vendors')
    } finally {
      process.env.CONTENT_CHANGES_URL = receiver.url
      await second.close()
    }
  })
})
