import { bootWithRoles } from '../../helpers/boot'
import { refusal } from '../../helpers/refusals'

/**
 * Requests where the caller made the mistake. Each must answer 4xx with a Norwegian message that says what
 * was wrong (the default language of the API), and store nothing.
 */
const { booted, actors, count } = bootWithRoles()

/** Well-formed ids that name no document, on the adapter this run uses (numbers on SQLite, ObjectIds on MongoDB). */
const onMongo = Boolean(process.env.TEST_MONGODB_URI)
const MISSING_ID = onMongo ? '65a1f0c2e4b0a1b2c3d4e5f6' : '987654'
const OTHER_ID = onMongo ? '65a1f0c2e4b0a1b2c3d4e5f7' : '2'

function expectRefused(result: { status: number; message: string }, status: number, norwegian: RegExp) {
  expect(result.status).toBe(status)
  expect(result.message).toMatch(norwegian)
  expect(result.message).not.toMatch(/Something went wrong/)
}

describe('bodies that are not JSON', () => {
  it.each([
    ['text/plain', 'text/plain;charset=UTF-8', '{"title":"Ren tekst"}'],
    ['form-encoded', 'application/x-www-form-urlencoded', 'title=Skjema'],
  ])('a %s POST answers 415 and stores nothing', async (_kind, contentType, body) => {
    const before = await count('articles')
    const response = await booted.api.post('/articles', { token: actors.editor.token, raw: body, headers: { 'Content-Type': contentType } })
    expectRefused(await refusal(response), 415, /Send innholdet som JSON .*Content-Type: application\/json/)
    expect(await count('articles')).toBe(before)
  })

  it('a form-encoded PATCH answers 415 and changes nothing', async () => {
    const doc = await booted.payload.create({ collection: 'articles', data: { title: 'Uendret' }, overrideAccess: true })
    const response = await booted.api.patch(`/articles/${doc.id}`, {
      token: actors.editor.token,
      raw: 'title=Endret',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBe(415)
    const stored = await booted.payload.findByID({ collection: 'articles', id: doc.id, overrideAccess: true, draft: true })
    expect(stored.title).toBe('Uendret')
  })

  it('reads a JSON body whose media type is written in capitals', async () => {
    const response = await booted.api.post('/articles', {
      token: actors.editor.token,
      raw: JSON.stringify({ title: 'Store bokstaver' }),
      headers: { 'Content-Type': 'Application/JSON; charset=UTF-8' },
    })
    expect(response.status).toBe(201)
  })

  it('still lets the admin send its list queries form-encoded as a GET override', async () => {
    const response = await booted.api.post('/profession-categories', {
      token: actors.editor.token,
      raw: 'limit=1&depth=0',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' },
    })
    expect(response.status).toBe(200)
  })
})

describe('ids that cannot be ids', () => {
  it.each(['abc', '1e999', '12abc', '-1'])('GET /api/articles/%s answers 400', async (id) => {
    const result = await refusal(await booted.api.get(`/articles/${id}`))
    expectRefused(result, 400, /er ikke en gyldig ID/)
  })

  it('PATCH and DELETE with a bad id answer 400 and change nothing', async () => {
    const before = await count('articles')
    expect((await booted.api.patch('/articles/abc', { token: actors.editor.token, body: { title: 'X' } })).status).toBe(400)
    expect((await booted.api.delete('/articles/1e999', { token: actors.editor.token })).status).toBe(400)
    expect(await count('articles')).toBe(before)
  })

  it('a well-formed id that does not exist is still 404', async () => {
    expect((await booted.api.get(`/articles/${MISSING_ID}`)).status).toBe(404)
  })
})

describe('relationships to documents that do not exist', () => {
  it('a vendor with professionCategories [99999] answers 400 and is not stored', async () => {
    const before = await count('vendors')
    const response = await booted.api.post('/vendors', {
      token: actors.editor.token,
      body: { name: 'Spøkelse', solutionType: 'standalone', professionCategories: [99999] },
    })
    const result = await refusal(response)
    expectRefused(result, 400, /Faggrupper.*99999/)
    expect(await count('vendors')).toBe(before)
  })

  it('a well-formed id of no document is refused the same way on this adapter', async () => {
    const before = await count('vendors')
    const missing = onMongo ? MISSING_ID : Number(MISSING_ID)
    const response = await booted.api.post('/vendors', {
      token: actors.editor.token,
      body: { name: 'Spøkelse 2', solutionType: 'standalone', professionCategories: [missing] },
    })
    expectRefused(await refusal(response), 400, new RegExp(`Faggrupper.*viser til noe som ikke finnes.*${MISSING_ID}`))
    expect(await count('vendors')).toBe(before)
  })

  it('an article with heroImage 99999 answers 400 and is not stored', async () => {
    const before = await count('articles')
    const response = await booted.api.post('/articles', { token: actors.editor.token, body: { title: 'Uten bilde', heroImage: 99999 } })
    expectRefused(await refusal(response), 400, /Hovedbilde.*99999/)
    expect(await count('articles')).toBe(before)
  })

  it('an existing relation is still accepted', async () => {
    const category = await booted.payload.create({ collection: 'profession-categories', data: { name: 'Finnes', order: 9 }, overrideAccess: true })
    const response = await booted.api.post('/vendors', {
      token: actors.editor.token,
      body: { name: 'Ekte', solutionType: 'standalone', professionCategories: [category.id] },
    })
    expect(response.status).toBe(201)
  })
})

describe('queries the database cannot run', () => {
  it('near on a text field answers 400', async () => {
    expectRefused(await refusal(await booted.api.get('/articles?where[title][near]=1,2')), 400, /«near».*kartpunkt/)
  })

  it('a where[or] with 2,000 terms answers 400', async () => {
    const terms = Array.from({ length: 2000 }, (_, i) => `where[or][${i}][title][equals]=t${i}`).join('&')
    expectRefused(await refusal(await booted.api.get(`/articles?${terms}`)), 400, /for mange vilkår/)
  })

  it('a where with a handful of terms still works', async () => {
    const terms = Array.from({ length: 20 }, (_, i) => `where[or][${i}][title][equals]=t${i}`).join('&')
    expect((await booted.api.get(`/articles?${terms}`)).status).toBe(200)
  })
})

describe('where values the database cannot compare', () => {
  it.each([
    ['where[title][all]=x', /«all» gjelder bare felt med flere verdier/],
    ['where[id][in]=abc,1e999', /«abc, 1e999» er ikke en gyldig ID/],
    ['where[heroImage][equals]=abc', /«abc» er ikke en gyldig ID for «heroImage»/],
    ['where[createdAt][greater_than]=notadate', /«notadate» er ikke en dato/],
    ['where[relatedArticles][contains]=x', /kan ikke søkes i med «contains»/],
    ['where[title][equals][a]=b', /ikke et objekt/],
  ])('GET /api/articles?%s answers 400', async (query, norwegian) => {
    expectRefused(await refusal(await booted.api.get(`/articles?${query}`, { token: actors.editor.token })), 400, norwegian)
  })

  it.each([
    'where[createdAt][greater_than]=2020-01-01',
    `where[id][in]=${MISSING_ID},${OTHER_ID}`,
    `where[heroImage][equals]=${MISSING_ID}`,
    `where[id][equals]=${MISSING_ID}`,
  ])(
    'GET /api/articles?%s still answers 200',
    async (query) => {
      expect((await booted.api.get(`/articles?${query}`, { token: actors.editor.token })).status).toBe(200)
    },
  )
})

describe('where values from code on the server', () => {
  it('the Local API may compare dates with Date objects', async () => {
    const found = await booted.payload.find({ collection: 'articles', where: { updatedAt: { greater_than: new Date(0) } }, overrideAccess: true })
    expect(found.totalDocs).toBeGreaterThan(0)
  })

  it('a hook running inside a REST request may too', async () => {
    const req = { payloadAPI: 'REST' as const }
    const found = await booted.payload.find({
      collection: 'articles',
      where: { createdAt: { less_than_equal: new Date() } },
      overrideAccess: true,
      req,
    })
    expect(found.totalDocs).toBeGreaterThan(0)
  })
})

describe('a multipart form whose _payload is not JSON', () => {
  it('answers 400 and stores nothing', async () => {
    const before = await count('articles')
    const form = new FormData()
    form.append('_payload', '{"title":')
    const result = await refusal(await booted.api.post('/articles', { token: actors.editor.token, raw: form }))
    expectRefused(result, 400, /_payload i skjemaet er ikke gyldig JSON/)
    expect(await count('articles')).toBe(before)
  })
})

describe('a multipart body the parser cannot read', () => {
  it('a raw NUL byte in an upload file name answers 400 with a message, and nothing is stored', async () => {
    const before = await count('media')
    const boundary = 'vv-raw-nul-boundary'
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="logo\u0000.png"\r\nContent-Type: image/png\r\n\r\n`, 'latin1'),
      Buffer.from('not really a png'),
      Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"NUL"}\r\n--${boundary}--\r\n`, 'latin1'),
    ])
    const result = await refusal(
      await booted.api.post('/media', { token: actors.editor.token, raw: body, headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` } }),
    )
    expectRefused(result, 400, /Skjemaet kunne ikke leses/)
    expect(await count('media')).toBe(before)
  })
})

describe('versions of collections that keep none', () => {
  it('GET /api/profession-categories/versions answers 404 with a reason', async () => {
    const result = await refusal(await booted.api.get('/profession-categories/versions', { token: actors.editor.token }))
    expectRefused(result, 404, /har ingen versjoner/)
  })

  it.each(['payload-jobs', 'payload-kv'])('GET /api/%s/versions answers 4xx for a logged-in vendor', async (slug) => {
    const result = await refusal(await booted.api.get(`/${slug}/versions`, { token: actors.vendorA.token }))
    expect(result.status).toBeGreaterThanOrEqual(400)
    expect(result.status).toBeLessThan(500)
    expect(result.message).toMatch(/har ingen versjoner|ikke tillatelse/)
  })

  it('a collection with versions still lists them', async () => {
    expect((await booted.api.get('/articles/versions', { token: actors.editor.token })).status).toBe(200)
  })
})

describe('DELETE /api/payload-preferences/<key>', () => {
  it('deletes the user’s own preference', async () => {
    const saved = await booted.api.post('/payload-preferences/nav', { token: actors.editor.token, body: { value: { open: true } } })
    expect(saved.status).toBe(200)
    const response = await booted.api.delete('/payload-preferences/nav', { token: actors.editor.token })
    expect(response.status).toBe(200)
    const left = await booted.payload.count({
      collection: 'payload-preferences',
      where: { key: { equals: 'nav' }, 'user.value': { equals: actors.editor.id } },
      overrideAccess: true,
    })
    expect(left.totalDocs).toBe(0)
  })

  it('answers 404 for a key the user has not saved, and leaves other users’ preferences alone', async () => {
    await booted.api.post('/payload-preferences/other', { token: actors.vendorA.token, body: { value: 1 } })
    const before = await count('payload-preferences')
    const result = await refusal(await booted.api.delete('/payload-preferences/other', { token: actors.editor.token }))
    expectRefused(result, 404, /Du har ingen lagret innstilling «other»/)
    expect(await count('payload-preferences')).toBe(before)
  })

  it('answers 401 without a login', async () => {
    const result = await refusal(await booted.api.delete('/payload-preferences/nav'))
    expectRefused(result, 401, /innlogget/)
  })
})

describe('anonymous POST /api/exports', () => {
  it('answers 403 and creates no export', async () => {
    const before = await count('exports')
    const response = await booted.api.post('/exports', { body: { collectionSlug: 'vendors', format: 'csv', name: 'x' } })
    expectRefused(await refusal(response), 403, /ikke tillatelse/)
    expect(await count('exports')).toBe(before)
  })
})
