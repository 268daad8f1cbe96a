import { bootWithCategory } from '../../helpers/boot'
import { tariffData, unique, vendorData } from '../../helpers/content'
import { fieldErrors, postAndCheckRefusalStoresNothing } from '../../helpers/refusals'
import { withChangeNote, withoutSecondPairOfEyes } from '../../helpers/workflow'

// Values that used to be stored although they should have been refused (issue 9, items 3 and 4). Each is
// sent over REST as an editor would send it; each must answer 400 with a Norwegian message and store nothing.

const { booted, actors, category } = bootWithCategory()
withoutSecondPairOfEyes(booted)

type Slug = 'articles' | 'vendors' | 'tariffs' | 'research-links' | 'vendor-organisations'

/** Posts as an editor and checks that a refusal left nothing behind. */
const post = (collection: Slug, body: Record<string, unknown>, query = '') =>
  postAndCheckRefusalStoresNothing(booted, collection, withChangeNote(body), { token: actors.editor.token, query })

async function expectRefused(response: Response, path: string, message: RegExp) {
  expect(response.status).toBe(400)
  const errors = await fieldErrors(response)
  expect({ path, message: errors[path] }).toEqual({ path, message: expect.stringMatching(message) })
}

const article = (overrides: Record<string, unknown> = {}) => ({ title: `Artikkel ${unique()}`, ...overrides })
const researchLink = (overrides: Record<string, unknown> = {}) => ({
  title: `Rapport ${unique()}`,
  kind: 'report',
  url: `https://example.no/${unique()}`,
  ...overrides,
})

describe('_status (item 3)', () => {
  it.each(['archived', 'PUBLISHED', 'deleted', ''])('a create with _status %j is refused and nothing stored', async (status) => {
    const response = await post('articles', article({ _status: status }))
    await expectRefused(response, '_status', /kladd.*publisert/i)
  })

  it('an update to _status "archived" is refused and the document stays published', async () => {
    const created = await post('vendors', vendorData(category.id, { _status: 'published' }))
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    const response = await booted.api.patch(`/vendors/${doc.id}`, { body: { _status: 'archived' }, token: actors.editor.token })
    await expectRefused(response, '_status', /kladd.*publisert/i)
    const stored = await booted.payload.findByID({ collection: 'vendors', id: doc.id, overrideAccess: true })
    expect(stored._status).toBe('published')
  })

  it.each(['draft', 'published'])('_status %j is still accepted', async (status) => {
    expect((await post('articles', article({ _status: status }))).status).toBe(201)
  })
})

describe('the built-in limits still hold where a field has its own validation (item 4)', () => {
  it('a 3,000-character website is refused', async () => {
    const website = `https://example.no/${'a'.repeat(3000)}`
    await expectRefused(await post('vendors', vendorData(category.id, { website })), 'website', /2000 tegn/)
  })

  it('a 3,000-character research URL is refused', async () => {
    const url = `https://example.no/${'a'.repeat(3000)}`
    await expectRefused(await post('research-links', researchLink({ url })), 'url', /2000 tegn/)
  })

  it('an over-long typed slug is refused', async () => {
    await expectRefused(await post('vendors', vendorData(category.id, { slug: 'a'.repeat(3000) })), 'slug', /./)
  })
})

describe('rich text has a size limit (item 4)', () => {
  it('a 5 MB body is refused with a Norwegian message', async () => {
    const paragraph = (text: string) => ({
      type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '',
      children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }],
    })
    const children = Array.from({ length: 5000 }, () => paragraph('x'.repeat(1000)))
    const body = { root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children } }
    await expectRefused(await post('articles', article({ body })), 'body', /for lang/i)
  })
})

describe('text fields take only text (item 4)', () => {
  it.each([{ a: 1 }, ['a', 'b'], true])('a title sent as %j is refused', async (title) => {
    await expectRefused(await post('articles', article({ title })), 'title', /må være tekst/)
  })

  it('a vendor name sent as an object is refused', async () => {
    await expectRefused(await post('vendors', vendorData(category.id, { name: { a: 1 } })), 'name', /må være tekst/)
  })

  it('a number is taken as its digits, as a CSV import sends a code or an organisation number', async () => {
    const response = await post('vendor-organisations', { organisationNumber: 974760673, name: 2026 })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { organisationNumber: string; name: string } }
    expect([doc.organisationNumber, doc.name]).toEqual(['974760673', '2026'])
  })

  it('a CSV import with numeric text still imports', async () => {
    const form = new FormData()
    const csv = ['code,title,professions_0,effectiveFrom', `${Date.now() % 100000},Video,lege,2020-03-23`].join('\n')
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'tariffs.csv')
    form.append('_payload', JSON.stringify({ collectionSlug: 'tariffs', importMode: 'create' }))
    const response = await booted.api.post('/imports', { raw: form, token: actors.editor.token })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { summary: { imported: number; issues: number } } }
    expect(doc.summary).toMatchObject({ imported: 1, issues: 0 })
  })

  it('a lead (textarea) sent as an object is refused', async () => {
    await expectRefused(await post('articles', article({ lead: { a: 1 } })), 'lead', /må være tekst/)
  })
})

describe('dates are real calendar dates in a sane range (item 4)', () => {
  it.each([
    '2026-02-30',
    '2026-02-30T00:00:00.000Z',
    '2025-02-29T12:00:00.000Z',
    '2026-13-01',
    '0001-01-01T00:00:00.000Z',
    '+099999-01-01T00:00:00.000Z',
    '1899-12-31T00:00:00.000Z',
    '2201-01-01T00:00:00.000Z',
    'not a date',
  ])('a tariff starting %j is refused', async (effectiveFrom) => {
    await expectRefused(await post('tariffs', tariffData({ effectiveFrom })), 'effectiveFrom', /dato/i)
  })

  it('an impossible end date is refused though the field has its own validation', async () => {
    await expectRefused(await post('tariffs', tariffData({ effectiveTo: '2026-02-30' })), 'effectiveTo', /dato/i)
  })

  it.each(['2024-02-29T12:00:00.000Z', '2026-02-28', '1900-01-01T00:00:00.000Z'])('%j is accepted', async (effectiveFrom) => {
    expect((await post('tariffs', tariffData({ effectiveFrom }))).status).toBe(201)
  })
})

describe('numbers are numbers (item 4)', () => {
  it.each(['abc', 'NaN', 'Infinity'])('a research year of %j is refused, not stored as null', async (year) => {
    await expectRefused(await post('research-links', researchLink({ year })), 'year', /tall/i)
  })

  it('a year as a numeric string is still accepted', async () => {
    const response = await post('research-links', researchLink({ year: '2021' }))
    expect(response.status).toBe(201)
    expect(((await response.json()) as { doc: { year: number } }).doc.year).toBe(2021)
  })
})

describe('timestamps are the server’s (item 4)', () => {
  it('a client-supplied createdAt and updatedAt are ignored on create', async () => {
    const started = Date.now()
    const response = await post('articles', article({ createdAt: '2000-01-01T00:00:00.000Z', updatedAt: '2000-01-01T00:00:00.000Z' }))
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number } }
    const stored = await booted.payload.findByID({ collection: 'articles', id: doc.id, overrideAccess: true, draft: true })
    expect(new Date(stored.createdAt).getTime()).toBeGreaterThanOrEqual(started - 1000)
    expect(new Date(stored.updatedAt).getTime()).toBeGreaterThanOrEqual(started - 1000)
  })

  it('a client-supplied createdAt is ignored on update', async () => {
    const response = await post('articles', article())
    const { doc } = (await response.json()) as { doc: { id: number; createdAt: string } }
    const patched = await booted.api.patch(`/articles/${doc.id}`, {
      // (An updatedAt older than the stored one would be a stale copy, refused: tests/int/content/stale-save.int.test.ts.)
      body: { createdAt: '2000-01-01T00:00:00.000Z', lead: 'Ny' },
      token: actors.editor.token,
    })
    expect(patched.status).toBe(200)
    const stored = await booted.payload.findByID({ collection: 'articles', id: doc.id, overrideAccess: true, draft: true })
    expect(stored.createdAt).toBe(doc.createdAt)
    expect(new Date(stored.updatedAt).getFullYear()).toBeGreaterThan(2000)
  })
})

describe('a title without letters or digits needs a slug (item 4)', () => {
  it.each(['!!!', '???', '—', '***'])('an article titled %j without a slug is refused', async (title) => {
    await expectRefused(await post('articles', article({ title, _status: 'published' })), 'slug', /bokstaver eller sifre/)
  })

  it('also as a draft, so that it cannot be published later without a slug', async () => {
    await expectRefused(await post('articles', article({ title: '!!!' }), '?draft=true'), 'slug', /bokstaver eller sifre/)
  })

  it('a vendor named only with symbols is refused', async () => {
    await expectRefused(await post('vendors', vendorData(category.id, { name: '***' })), 'slug', /bokstaver eller sifre/)
  })

  it('with a slug given by hand it is accepted', async () => {
    const response = await post('articles', article({ title: '!!!', slug: `utrop-${unique()}` }))
    expect(response.status).toBe(201)
  })
})

describe('what the admin sends still saves', () => {
  it('an autosaved draft, its next autosave and the publish, with the timestamps the form sends along', async () => {
    const created = await post('articles', { title: `Autolagret ${unique()}`, _status: 'draft', createdAt: null, updatedAt: null }, '?draft=true&autosave=true')
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; createdAt: string; updatedAt: string } }
    const form = { ...doc, lead: 'Ingress', nextReviewAt: '2027-05-01T12:00:00.000Z', lastReviewedAt: '2026-05-01T12:00:00.000Z' }
    const autosaved = await booted.api.patch(`/articles/${doc.id}?draft=true&autosave=true`, { body: form, token: actors.editor.token })
    expect(autosaved.status).toBe(200)
    // The form carries the updatedAt of each answer into the next save, as the admin does (src/staleSave/).
    const { updatedAt } = ((await autosaved.json()) as { doc: { updatedAt: string } }).doc
    const published = await booted.api.patch(`/articles/${doc.id}`, { body: { ...form, updatedAt, _status: 'published', changeNote: 'Første versjon' }, token: actors.editor.token })
    expect(published.status).toBe(200)
    expect(((await published.json()) as { doc: { _status: string } }).doc._status).toBe('published')
  })

  it('the site settings, with their own text fields', async () => {
    const response = await booted.api.request('POST', '/globals/site-settings', {
      body: {
        siteName: 'Videoveileder',
        disclaimers: { notExhaustive: 'Ikke uttømmende.', notApproval: 'Ingen godkjenning.', clinicianResponsible: 'Behandlers ansvar.' },
      },
      token: actors.admin.token,
    })
    expect(response.status).toBe(200)
  })
})
