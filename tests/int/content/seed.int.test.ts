import type { Payload } from 'payload'

import { articles } from '../../../src/seed/data/articles'
import { categories } from '../../../src/seed/data/categories'
import { researchLinks } from '../../../src/seed/data/research'
import { tariffs } from '../../../src/seed/data/tariffs'
import { vendors } from '../../../src/seed/data/vendors'
import { isEmpty, seedGuide, type SeedReport } from '../../../src/seed'
import { bootPayload } from '../../helpers/boot'

let payload: Payload
let first: SeedReport
let lines: string[]

/** Every document of a collection in one language, drafts included, as the system sees them. */
async function all(collection: 'vendors' | 'tariffs' | 'research-links' | 'articles' | 'profession-categories', locale = 'nb') {
  const result = await payload.find({ collection, locale: locale as 'nb', draft: true, limit: 500, depth: 0, overrideAccess: true })
  return result.docs as unknown as Record<string, any>[]
}

beforeAll(async () => {
  payload = (await bootPayload()).payload
  expect(await isEmpty(payload)).toBe(true)
  lines = []
  first = await seedGuide(payload, (line) => lines.push(line))
}, 120_000)

describe('the seed', () => {
  it('creates every document of the reference data and reports progress', () => {
    expect(first).toEqual({
      categories: { created: categories.length, kept: 0 },
      organisations: { created: 9, kept: 0 },
      vendors: { created: vendors.length, kept: 0 },
      tariffs: { created: tariffs.length, kept: 0 },
      researchLinks: { created: researchLinks.length, kept: 0 },
      articles: { created: articles.length, kept: 0 },
      globals: { created: 2, kept: 0 },
    })
    expect(categories).toHaveLength(5)
    expect(lines.length).toBeGreaterThanOrEqual(6)
  })

  it('publishes confirmed vendors and tariffs and leaves guesses as drafts', async () => {
    const storedVendors = await all('vendors')
    for (const vendor of vendors) {
      const stored = storedVendors.find((v) => v.slug === vendor.slug)
      expect({ slug: vendor.slug, status: stored?._status }).toEqual({ slug: vendor.slug, status: vendor.publish ? 'published' : 'draft' })
    }
    const storedTariffs = await all('tariffs')
    expect(storedTariffs.filter((t) => t._status === 'published')).toHaveLength(tariffs.filter((t) => t.publish).length)
    expect(tariffs.some((t) => !t.publish)).toBe(true)
    const publicVendors = await payload.find({ collection: 'vendors', overrideAccess: false, limit: 500 })
    expect(publicVendors.docs.map((v) => v.slug).sort()).toEqual(vendors.filter((v) => v.publish).map((v) => v.slug).sort())
  })

  it('gives each vendor entry with a known company that company as its owner organisation, one organisation per name', async () => {
    const orgs = await payload.find({ collection: 'vendor-organisations', limit: 100, depth: 0, overrideAccess: true })
    expect(orgs.docs.map((o) => o.name).sort()).toEqual([...new Set(vendors.flatMap((v) => (v.company ? [v.company] : [])))].sort())
    const stored = await all('vendors')
    const nameOf = new Map(orgs.docs.map((o) => [o.id, o.name]))
    for (const vendor of vendors) {
      const owner = stored.find((v) => v.slug === vendor.slug)?.owner
      expect({ slug: vendor.slug, owner: owner ? nameOf.get(owner) : undefined }).toEqual({ slug: vendor.slug, owner: vendor.company })
    }
  })

  it('is idempotent: a second run creates nothing and changes nothing', async () => {
    const before = JSON.stringify(await Promise.all((['vendors', 'tariffs', 'research-links', 'articles', 'profession-categories'] as const).map((c) => all(c))))
    const second = await seedGuide(payload)
    for (const entry of Object.values(second)) expect(entry.created).toBe(0)
    expect(second.vendors.kept).toBe(vendors.length)
    const after = JSON.stringify(await Promise.all((['vendors', 'tariffs', 'research-links', 'articles', 'profession-categories'] as const).map((c) => all(c))))
    expect(after).toBe(before)
    expect(await isEmpty(payload)).toBe(false)
  })

  it('keeps an editor’s change on a later run', async () => {
    const [category] = await all('profession-categories')
    await payload.update({ collection: 'profession-categories', id: category!.id, data: { description: 'Endret av redaktør' }, overrideAccess: true })
    await seedGuide(payload)
    const stored = await payload.findByID({ collection: 'profession-categories', id: category!.id, overrideAccess: true })
    expect(stored.description).toBe('Endret av redaktør')
  })

  it('gives the guide its title, headings and the category names in all three languages', async () => {
    const guideSlug = 'slik-kommer-du-i-gang-med-videokonsultasjon'
    const [guide] = (await all('articles')).filter((a) => a.slug === guideSlug)
    expect(guide?._status).toBe('published')
    const headings = (doc: Record<string, any>) =>
      (doc.body?.root?.children ?? []).filter((n: any) => n.type === 'heading').map((n: any) => n.children.map((c: any) => c.text).join(''))
    const texts: Record<string, { title: string; headings: string[]; categories: string[] }> = {}
    for (const locale of ['nb', 'nn', 'en']) {
      const doc = await payload.findByID({ collection: 'articles', id: guide!.id, locale: locale as 'nb', fallbackLocale: false as never, overrideAccess: true, draft: true })
      const names = (await all('profession-categories', locale)).map((c) => c.name)
      texts[locale] = { title: doc.title, headings: headings(doc), categories: names }
    }
    expect(texts.nb!.title).toBe('Slik kommer du i gang med videokonsultasjon')
    for (const locale of ['nn', 'en']) {
      expect(texts[locale]!.title).toBeTruthy()
      expect(texts[locale]!.title).not.toBe(texts.nb!.title)
      expect(texts[locale]!.headings.length).toBe(texts.nb!.headings.length)
      expect(texts[locale]!.headings).not.toEqual(texts.nb!.headings)
    }
    expect(texts.nb!.categories).toEqual(expect.arrayContaining(['Leger', 'Psykologer og psykiatere', 'Spesialisthelsetjenesten', 'Kommuner']))
    expect(texts.en!.categories).not.toEqual(texts.nb!.categories)
  })

  it('makes the guide the front page in site settings, and a later run keeps an editor’s choice', async () => {
    const stored = await all('articles')
    const guide = stored.find((a) => a.slug === 'slik-kommer-du-i-gang-med-videokonsultasjon')!
    const frontPage = async () => (await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })).frontPage
    expect(await frontPage()).toBe(guide.id)
    const other = stored.find((a) => a.id !== guide.id)!
    await payload.updateGlobal({ slug: 'site-settings', data: { frontPage: other.id }, overrideAccess: true })
    await seedGuide(payload)
    expect(await frontPage()).toBe(other.id)
    await payload.updateGlobal({ slug: 'site-settings', data: { frontPage: guide.id }, overrideAccess: true })
  })

  it('covers every section of the original page with the live-data blocks in place', async () => {
    const [guide] = (await all('articles')).filter((a) => a.slug === 'slik-kommer-du-i-gang-med-videokonsultasjon')
    const nodes = guide!.body.root.children as any[]
    const blocks = nodes.filter((n) => n.type === 'block').map((n) => n.fields)
    const vendorLists = blocks.filter((b) => b.blockType === 'vendorList')
    expect(vendorLists).toHaveLength(10)
    const categoryIds = new Set(vendorLists.map((b) => String(b.category)))
    expect(categoryIds.size).toBe(5)
    expect(new Set(vendorLists.map((b) => b.solutionType))).toEqual(new Set(['epj-integrated', 'standalone']))
    for (const kind of ['tariffTable', 'researchList', 'note', 'contactBox']) expect(blocks.map((b) => b.blockType)).toContain(kind)
    const text = JSON.stringify(nodes).toLowerCase()
    for (const topic of ['minimumskrav', 'pasient', 'takst', 'leverandør', 'forskning', 'personvern', 'risiko']) {
      expect({ topic, present: text.includes(topic) }).toEqual({ topic, present: true })
    }
  })
})
