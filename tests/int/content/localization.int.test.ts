import { bootWithRoles } from '../../helpers/boot'
import { unique } from '../../helpers/content'

const { booted, actors } = bootWithRoles()

describe('localization: bokmål, nynorsk and English, falling back to bokmål', () => {
  it('shows bokmål where nynorsk or English is missing, and the translation once it exists', async () => {
    const created = await booted.api.post('/profession-categories?locale=nb', {
      body: { name: `Psykologar ${unique()}`, description: 'Bokmålstekst', order: 2 },
      token: actors.editor.token,
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; name: string; slug: string } }

    const nnBefore = (await (await booted.api.get(`/profession-categories/${doc.id}?locale=nn`)).json()) as { name: string; slug: string }
    expect(nnBefore).toMatchObject({ name: doc.name, slug: doc.slug })

    const nnName = `Psykologar og psykiatrar ${unique()}`
    const updated = await booted.api.patch(`/profession-categories/${doc.id}?locale=nn`, {
      body: { name: nnName },
      token: actors.editor.token,
    })
    expect(updated.status).toBe(200)

    const nn = (await (await booted.api.get(`/profession-categories/${doc.id}?locale=nn`)).json()) as Record<string, string>
    expect(nn.name).toBe(nnName)
    expect(nn.description).toBe('Bokmålstekst')
    const en = (await (await booted.api.get(`/profession-categories/${doc.id}?locale=en`)).json()) as Record<string, string>
    expect(en.name).toBe(doc.name)
    const nb = (await (await booted.api.get(`/profession-categories/${doc.id}?locale=nb`)).json()) as Record<string, string>
    expect(nb.name).toBe(doc.name)
  })

  it('gives each language its own slug, generated from that language’s title', async () => {
    const id = unique()
    const created = await booted.payload.create({
      collection: 'articles',
      locale: 'nb',
      data: { title: `Råd om bruk ${id}`, _status: 'published' },
      overrideAccess: true,
    })
    await booted.payload.update({
      collection: 'articles',
      id: created.id,
      locale: 'en',
      data: { title: `Advice on use ${id}`, _status: 'published' },
      overrideAccess: true,
    })
    const en = await booted.payload.findByID({ collection: 'articles', id: created.id, locale: 'en', overrideAccess: false })
    const nb = await booted.payload.findByID({ collection: 'articles', id: created.id, locale: 'nb', overrideAccess: false })
    const nn = await booted.payload.findByID({ collection: 'articles', id: created.id, locale: 'nn', overrideAccess: false })
    expect(nb.slug).toBe(`rad-om-bruk-${id}`)
    expect(en.slug).toBe(`advice-on-use-${id}`)
    expect(nn.slug).toBe(nb.slug)
  })

  it('keeps codes, dates and URLs the same in every language', async () => {
    const tariff = await booted.payload.create({
      collection: 'tariffs',
      locale: 'nb',
      data: { code: '2ae', title: 'E-konsultasjon', professions: ['lege'], effectiveFrom: '2020-03-16T00:00:00.000Z', sourceUrl: 'https://www.helfo.no', _status: 'published' },
      overrideAccess: true,
    })
    // Written in English, read in bokmål: a shared field changes for every language, a localized one does not.
    await booted.payload.update({
      collection: 'tariffs',
      id: tariff.id,
      locale: 'en',
      data: { title: 'E-consultation', code: '2ae-x', sourceUrl: 'https://www.helfo.no/en', effectiveFrom: '2020-03-17T00:00:00.000Z' },
      overrideAccess: true,
    })
    const nb = await booted.payload.findByID({ collection: 'tariffs', id: tariff.id, locale: 'nb', overrideAccess: true })
    expect(nb).toMatchObject({ title: 'E-konsultasjon', code: '2ae-x', sourceUrl: 'https://www.helfo.no/en', effectiveFrom: '2020-03-17T00:00:00.000Z' })
  })
})
