import { bootWithCategory } from '../../helpers/boot'
import { tariffData, unique, vendorData } from '../../helpers/content'
import { fieldErrors, postAndCheckRefusalStoresNothing } from '../../helpers/refusals'

const { booted, actors, category, count } = bootWithCategory()

/** Posts a vendor as an editor; on rejection checks that nothing was stored. */
const postVendor = (overrides: Record<string, unknown>, headers?: Record<string, string>) =>
  postAndCheckRefusalStoresNothing(booted, 'vendors', vendorData(category.id, overrides), { token: actors.editor.token, headers })

describe('slugs', () => {
  it('are made from the title with æ -> ae, ø -> o, å -> a, and made unique', async () => {
    const name = `Blåbær Øyeblikk ${unique()}`
    const first = await postVendor({ name })
    const second = await postVendor({ name })
    expect(first.status).toBe(201)
    expect(second.status).toBe(201)
    const a = ((await first.json()) as { doc: { slug: string } }).doc.slug
    const b = ((await second.json()) as { doc: { slug: string } }).doc.slug
    expect(a).toMatch(/^blabaer-oyeblikk-[0-9a-f]{8}$/)
    expect(b).toBe(`${a}-2`)
  })

  it.each(['../admin', '..%2fadmin', 'pаypal' /* Cyrillic а */, 'Store-Bokstaver', 'a//b'])(
    'a typed slug %j is refused with a Norwegian message and nothing stored',
    async (slug) => {
      const response = await postVendor({ slug })
      expect(response.status).toBe(400)
      expect((await fieldErrors(response)).slug).toMatch(/små bokstaver a–z/)
    },
  )

  it('a typed slug that is taken is refused, not silently renamed', async () => {
    const slug = `tatt-${unique()}`
    expect((await postVendor({ slug })).status).toBe(201)
    const response = await postVendor({ slug })
    expect(response.status).toBe(400)
    expect((await fieldErrors(response)).slug).toMatch(/allerede i bruk/)
  })

  it('answers in English when the client asks for English', async () => {
    const response = await postVendor({ slug: '../x' }, { 'Accept-Language': 'en' })
    expect(response.status).toBe(400)
    expect((await fieldErrors(response)).slug).toMatch(/lowercase a–z/)
  })
})

describe('URLs accept only http and https', () => {
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(document.cookie)',
    '&#106;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example',
    'ftp://files.example.no',
  ])('vendor website %j is refused and nothing stored', async (website) => {
    const response = await postVendor({ website })
    expect(response.status).toBe(400)
    expect((await fieldErrors(response)).website).toMatch(/https:\/\//)
  })

  it('a research link needs a URL and refuses other schemes', async () => {
    const missing = await booted.api.post('/research-links', { body: { title: 'R', kind: 'report' }, token: actors.editor.token })
    expect(missing.status).toBe(400)
    expect((await fieldErrors(missing)).url).toBeDefined()
    const bad = await booted.api.post('/research-links', {
      body: { title: 'R', kind: 'report', url: 'data:,x' },
      token: actors.editor.token,
    })
    expect(bad.status).toBe(400)
    const good = await booted.api.post('/research-links', {
      body: { title: 'R', kind: 'report', url: 'https://ehealthresearch.no/rapporter' },
      token: actors.editor.token,
    })
    expect(good.status).toBe(201)
  })

  it('a rich-text link with javascript: is refused', async () => {
    const body = {
      root: {
        type: 'root', version: 1, format: '', indent: 0, direction: 'ltr',
        children: [
          {
            type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '',
            children: [
              {
                type: 'link', version: 3, format: '', indent: 0, direction: 'ltr',
                fields: { linkType: 'custom', url: 'javascript:alert(1)', newTab: false },
                children: [{ type: 'text', version: 1, text: 'klikk', format: 0, mode: 'normal', style: '', detail: 0 }],
              },
            ],
          },
        ],
      },
    }
    const before = await count('articles')
    const response = await booted.api.post('/articles', { body: { title: `Lenke ${unique()}`, body }, token: actors.editor.token })
    expect(response.status).toBe(400)
    expect(await count('articles')).toBe(before)
  })
})

describe('e-mail, organisation number and dates', () => {
  it('refuses a malformed contact e-mail', async () => {
    const response = await postVendor({ contactEmail: 'post(at)leverandor.no' })
    expect(response.status).toBe(400)
    expect(Object.keys(await fieldErrors(response))).toContain('contactEmail')
  })

  it('checks the organisation number with modulus 11', async () => {
    const postOrganisation = (organisationNumber: string) =>
      postAndCheckRefusalStoresNothing(booted, 'vendor-organisations', { name: `Firma ${unique()}`, organisationNumber }, { token: actors.editor.token })
    const wrong = await postOrganisation('974760674')
    expect(wrong.status).toBe(400)
    expect((await fieldErrors(wrong)).organisationNumber).toMatch(/kontrollsifferet/)
    const short = await postOrganisation('12345')
    expect((await fieldErrors(short)).organisationNumber).toMatch(/ni siffer/)
    const spaced = await postOrganisation(' 974 760 673 ')
    expect(spaced.status).toBe(201)
    expect(((await spaced.json()) as { doc: { organisationNumber: string } }).doc.organisationNumber).toBe('974760673')
  })

  it('refuses a tariff that ends before it starts, and one for nobody', async () => {
    const before = await count('tariffs')
    const backwards = await booted.api.post('/tariffs', {
      body: tariffData({ effectiveFrom: '2020-09-01T00:00:00.000Z', effectiveTo: '2020-03-16T00:00:00.000Z' }),
      token: actors.editor.token,
    })
    expect(backwards.status).toBe(400)
    expect((await fieldErrors(backwards)).effectiveTo).toMatch(/før startdatoen/)
    const nobody = await booted.api.post('/tariffs', { body: tariffData({ professions: [] }), token: actors.editor.token })
    expect(nobody.status).toBe(400)
    expect((await fieldErrors(nobody)).professionCategories).toMatch(/minst én faggruppe/)
    expect(await count('tariffs')).toBe(before)
    const fine = await booted.api.post('/tariffs', { body: tariffData({ effectiveTo: '2021-07-01T00:00:00.000Z' }), token: actors.editor.token })
    expect(fine.status).toBe(201)
  })

  it('refuses an update that would put the dates out of order and keeps the stored ones', async () => {
    const created = await booted.payload.create({ collection: 'tariffs', data: tariffData() as never, overrideAccess: true })
    const response = await booted.api.patch(`/tariffs/${created.id}`, {
      body: { effectiveTo: '2019-01-01T00:00:00.000Z' },
      token: actors.editor.token,
    })
    expect(response.status).toBe(400)
    const stored = await booted.payload.findByID({ collection: 'tariffs', id: created.id, overrideAccess: true })
    expect(stored.effectiveTo ?? null).toBeNull()
  })
})
