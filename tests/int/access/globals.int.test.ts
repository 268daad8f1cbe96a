import { bootWithRoles } from '../../helpers/boot'

const { booted, actors } = bootWithRoles()

const settings = { siteName: 'Videoveileder', disclaimers: { notExhaustive: 'a', notApproval: 'b', clinicianResponsible: 'c' } }

describe('globals follow the matrix', () => {
  it('everyone reads settings and navigation', async () => {
    expect((await booted.api.get('/globals/site-settings')).status).toBe(200)
    expect((await booted.api.get('/globals/navigation')).status).toBe(200)
  })

  it('only an admin changes the settings (the standing disclaimers)', async () => {
    const as = async (token?: string) => (await booted.api.post('/globals/site-settings', { body: settings, token })).status
    expect([await as(undefined), await as(actors.vendorA.token), await as(actors.editor.token), await as(actors.admin.token)]).toEqual([
      403, 403, 403, 200,
    ])
  })

  it('staff change the navigation, vendors and the public do not', async () => {
    const body = { footerText: 'Ny bunntekst' }
    const as = async (token?: string) => (await booted.api.post('/globals/navigation', { body, token })).status
    expect([await as(undefined), await as(actors.vendorA.token), await as(actors.editor.token)]).toEqual([403, 403, 200])
  })

  it('only staff read the versions of a global', async () => {
    const as = async (token?: string) => (await booted.api.get('/globals/navigation/versions', { token })).status
    expect([await as(undefined), await as(actors.vendorA.token), await as(actors.editor.token)]).toEqual([403, 403, 200])
  })
})

describe('editorial notes are staff-only', () => {
  it('a review note is hidden from the public and from vendors, over REST and GraphQL', async () => {
    const category = await booted.payload.create({ collection: 'profession-categories', data: { name: 'Leger', order: 1 }, overrideAccess: true })
    const vendor = await booted.payload.create({
      collection: 'vendors',
      data: { name: 'Notert', solutionType: 'standalone', professionCategories: [category.id], reviewNote: 'Sjekk typen', _status: 'published' } as never,
      overrideAccess: true,
    })
    const read = async (token?: string) => ((await (await booted.api.get(`/vendors/${vendor.id}`, { token })).json()) as { reviewNote?: string }).reviewNote
    expect(await read(undefined)).toBeUndefined()
    expect(await read(actors.vendorA.token)).toBeUndefined()
    expect(await read(actors.editor.token)).toBe('Sjekk typen')
    const gql = await booted.api.graphql(`{ Vendor(id: ${JSON.stringify(vendor.id)}) { name reviewNote } }`)
    expect(gql.body.data?.Vendor?.reviewNote ?? null).toBeNull()
    const filtered = await booted.api.get('/vendors?where[reviewNote][like]=Sjekk')
    const docs = ((await filtered.json()) as { docs?: unknown[] }).docs ?? []
    expect(docs).toEqual([])
  })
})
