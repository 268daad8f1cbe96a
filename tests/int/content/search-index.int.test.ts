import { createLocalReq } from 'payload'

import { bootWithCategory } from '../../helpers/boot'
import { tariffData, unique, vendorData } from '../../helpers/content'
import { seedGuide } from '../../../src/seed'
import { syncSearchIndex } from '../../../src/search/syncSearchIndex'
import { LANGS } from '../../../src/i18n/langs'
import { withChangeNote, withoutSecondPairOfEyes } from '../../helpers/workflow'

// What the search index holds (issue 9, items 3 and 18): every published document, findable by its name or
// title in every language, and nothing that is not published.

const { booted, actors, category } = bootWithCategory()
withoutSecondPairOfEyes(booted)

type Hit = { title?: string | null; slug?: string | null; doc?: { relationTo: string; value: number | string } }

/** Searches as the site's /sok does (title or excerpt contains the words), anonymously, in one language. */
async function search(q: string, locale: string): Promise<Hit[]> {
  const query = new URLSearchParams({
    'where[or][0][title][like]': q,
    'where[or][1][excerpt][like]': q,
    locale,
    fallbackLocale: 'nb',
    depth: '0',
  })
  const response = await booted.api.get(`/search?${query}`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: Hit[] }).docs
}

async function create(collection: string, body: Record<string, unknown>, query = '') {
  const response = await booted.api.post(`/${collection}${query}`, { body: withChangeNote(body), token: actors.editor.token })
  expect({ collection, status: response.status }).toEqual({ collection, status: 201 })
  return ((await response.json()) as { doc: { id: number | string; slug?: string } }).doc
}

describe('every kind of document is found by its name or title in every language (item 18)', () => {
  it.each(LANGS)('a vendor is found by its name in %s', async (lang) => {
    const name = `Pridok ${unique()}`
    const vendor = await create('vendors', vendorData(category.id, { name, _status: 'published' }))
    const hits = await search(name, lang)
    expect(hits.map((h) => [h.title, h.doc?.relationTo, h.doc?.value])).toEqual([[name, 'vendors', vendor.id]])
  })

  it('a vendor is found by part of its name, in any case', async () => {
    const word = `PatientSky${unique()}`
    await create('vendors', vendorData(category.id, { name: `${word} Video`, _status: 'published' }))
    for (const lang of LANGS) expect((await search(word.toLowerCase(), lang)).map((h) => h.title)).toEqual([`${word} Video`])
  })

  it('a vendor renamed in nynorsk is found by the new name in every language', async () => {
    const vendor = await create('vendors', vendorData(category.id, { name: `Gamal ${unique()}`, _status: 'published' }))
    const renamed = `Ny ${unique()}`
    const response = await booted.api.patch(`/vendors/${vendor.id}?locale=nn`, { body: { name: renamed, changeNote: 'Nytt navn' }, token: actors.editor.token })
    expect(response.status).toBe(200)
    for (const lang of LANGS) expect((await search(renamed, lang)).map((h) => h.title)).toEqual([renamed])
  })

  it('an article is found by its own title in each language, and by the bokmål title where it has none', async () => {
    const key = unique()
    const article = await create('articles', { title: `Bokmål ${key}`, _status: 'published' })
    const en = await booted.api.patch(`/articles/${article.id}?locale=en`, {
      body: { title: `English ${key}`, _status: 'published', changeNote: 'English title' },
      token: actors.editor.token,
    })
    expect(en.status).toBe(200)
    expect((await search(`English ${key}`, 'en')).map((h) => h.title)).toEqual([`English ${key}`])
    expect((await search(`Bokmål ${key}`, 'nb')).map((h) => h.title)).toEqual([`Bokmål ${key}`])
    expect((await search(`Bokmål ${key}`, 'nn')).map((h) => h.title)).toEqual([`Bokmål ${key}`])
    expect(await search(`English ${key}`, 'nb')).toEqual([])
  })

  it.each(LANGS)('a tariff is found by its code and by its title in %s', async (lang) => {
    const code = `K${unique()}`
    const title = `Videokonsultasjon ${unique()}`
    await create('tariffs', tariffData({ code, title, _status: 'published' }))
    expect((await search(code, lang)).map((h) => h.title)).toEqual([`${code}: ${title}`])
    expect((await search(title, lang)).map((h) => h.title)).toEqual([`${code}: ${title}`])
  })

  it.each(LANGS)('a research link is found by its title in %s', async (lang) => {
    const title = `Rapport om video ${unique()}`
    await create('research-links', { title, kind: 'report', url: `https://example.no/${unique()}`, _status: 'published' })
    expect((await search(title, lang)).map((h) => h.title)).toEqual([title])
  })
})

describe('the index holds published documents only (item 3)', () => {
  it('a document posted with _status "archived" is refused and never reaches search', async () => {
    const name = `Arkivert ${unique()}`
    const response = await booted.api.post('/vendors', {
      body: vendorData(category.id, { name, _status: 'archived' }),
      token: actors.editor.token,
    })
    expect(response.status).toBe(400)
    for (const lang of LANGS) expect(await search(name, lang)).toEqual([])
  })

  it('a draft is not in search; published it is; unpublished it is gone again', async () => {
    const name = `Utkast ${unique()}`
    const vendor = await create('vendors', vendorData(category.id, { name }), '?draft=true')
    expect(await search(name, 'nb')).toEqual([])
    await booted.payload.update({ collection: 'vendors', id: vendor.id, data: { _status: 'published' }, overrideAccess: true })
    expect((await search(name, 'nb')).map((h) => h.title)).toEqual([name])
    await booted.payload.update({ collection: 'vendors', id: vendor.id, data: { _status: 'draft' }, overrideAccess: true })
    for (const lang of LANGS) expect(await search(name, lang)).toEqual([])
  })

  it('a draft edit of a published document keeps the published name in search, not the draft one', async () => {
    const name = `Publisert ${unique()}`
    const vendor = await create('vendors', vendorData(category.id, { name, _status: 'published' }))
    const draftName = `Kladdenavn ${unique()}`
    const response = await booted.api.patch(`/vendors/${vendor.id}?draft=true`, { body: { name: draftName }, token: actors.editor.token })
    expect(response.status).toBe(200)
    expect((await search(name, 'nb')).map((h) => h.title)).toEqual([name])
    expect(await search(draftName, 'nb')).toEqual([])
  })

  it('whatever the status field says, only "published" is indexed: a stored "archived" removes the entry', async () => {
    const name = `Rar status ${unique()}`
    const vendor = await create('vendors', vendorData(category.id, { name, _status: 'published' }))
    expect((await search(name, 'nb')).map((h) => h.title)).toEqual([name])
    // A status no save can set any more, written straight to the database as an old row or a bug might have.
    await booted.payload.db.updateOne({ collection: 'vendors', id: vendor.id, data: { _status: 'archived' } })
    const stored = await booted.payload.findByID({ collection: 'vendors', id: vendor.id, overrideAccess: true })
    expect(stored._status).toBe('archived')
    const req = await createLocalReq({ locale: 'nb' }, booted.payload)
    const skip = await syncSearchIndex({ collectionSlug: 'vendors', doc: stored, locale: 'nb', req })
    expect(skip).toBe(true)
    for (const lang of LANGS) expect(await search(name, lang)).toEqual([])
  })
})

describe('an index built before these fixes', () => {
  it('is rebuilt by the admin’s reindex, with names in every language and published documents only', async () => {
    const name = `Gammel indeks ${unique()}`
    const vendor = await create('vendors', vendorData(category.id, { name, _status: 'published' }))
    const draftName = `Gammel kladd ${unique()}`
    await create('vendors', vendorData(category.id, { name: draftName }), '?draft=true')
    // As the old sync left it: an empty title, in bokmål only.
    await booted.payload.delete({ collection: 'search', where: { 'doc.value': { equals: vendor.id } }, overrideAccess: true })
    await booted.payload.create({ collection: 'search', data: { doc: { relationTo: 'vendors', value: vendor.id as number }, title: '' }, overrideAccess: true })
    expect(await search(name, 'nb')).toEqual([])
    const response = await booted.api.post('/search/reindex', { body: { collections: ['vendors'] }, token: actors.admin.token })
    expect(response.status).toBe(200)
    for (const lang of LANGS) expect((await search(name, lang)).map((h) => h.title)).toEqual([name])
    for (const lang of LANGS) expect(await search(draftName, lang)).toEqual([])
  })
})

describe('the seeded guide, as /sok searches it', () => {
  beforeAll(async () => {
    await seedGuide(booted.payload, () => undefined)
  }, 120_000)

  it.each(LANGS)('finds Pridok and PatientSky by name in %s', async (lang) => {
    for (const name of ['Pridok', 'PatientSky', 'pridok']) {
      const titles = (await search(name, lang)).filter((h) => h.doc?.relationTo === 'vendors').map((h) => h.title)
      expect({ name, found: titles.some((t) => t?.toLowerCase() === name.toLowerCase()) }).toEqual({ name, found: true })
    }
  })

  it.each(LANGS)('every published document of the guide has a title in %s', async (lang) => {
    const response = await booted.api.get(`/search?limit=500&depth=0&locale=${lang}`)
    const { docs } = (await response.json()) as { docs: Hit[] }
    expect(docs.length).toBeGreaterThan(30)
    expect(docs.filter((d) => !d.title?.trim())).toEqual([])
  })
})
