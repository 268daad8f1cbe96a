import { bootWithCategory } from '../../helpers/boot'
import { unique } from '../../helpers/content'

const { booted, actors, category } = bootWithCategory()
const vendors = {} as Record<'published' | 'draft' | 'editedAfterPublish', { id: number | string; name: string }>

beforeAll(async () => {
  const base = { solutionType: 'standalone' as const, professionCategories: [category.id] }
  const make = async (key: keyof typeof vendors, status: 'published' | 'draft') => {
    const name = `${key} ${unique()}`
    const doc = await booted.payload.create({
      collection: 'vendors',
      data: { ...base, name, _status: status } as never,
      draft: status === 'draft',
      overrideAccess: true,
    })
    vendors[key] = { id: doc.id, name }
  }
  await make('published', 'published')
  await make('draft', 'draft')
  await make('editedAfterPublish', 'published')
  await booted.payload.update({
    collection: 'vendors',
    id: vendors.editedAfterPublish.id,
    data: { name: 'Unpublished new name', _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
})

const names = (docs: { name: string }[]) => docs.map((d) => d.name).sort()
const expectedPublic = () => [vendors.editedAfterPublish.name, vendors.published.name].sort()

describe.each([
  ['anonymous', () => undefined],
  ['a vendor', () => actors.vendorA.token],
])('%s sees only published content', (_who, token) => {
  it('over REST lists, with or without ?draft=true', async () => {
    for (const query of ['', '?draft=true', '?draft=true&where[_status][equals]=draft', '?where[_status][equals]=draft']) {
      const response = await booted.api.get(`/vendors${query}`, { token: token() })
      const docs = ((await response.json()) as { docs?: { name: string }[] }).docs ?? []
      expect({ query, names: names(docs) }).toEqual({
        query,
        names: query.includes('[equals]=draft') ? [] : expectedPublic(),
      })
    }
  })

  it('over REST by id', async () => {
    expect((await booted.api.get(`/vendors/${vendors.draft.id}`, { token: token() })).status).toBe(404)
    expect((await booted.api.get(`/vendors/${vendors.draft.id}?draft=true`, { token: token() })).status).toBe(404)
    const edited = await booted.api.get(`/vendors/${vendors.editedAfterPublish.id}?draft=true`, { token: token() })
    expect(edited.status).toBe(200)
    expect(((await edited.json()) as { name: string }).name).toBe(vendors.editedAfterPublish.name)
  })

  it('over GraphQL, lists, by id and with draft: true', async () => {
    const list = await booted.api.graphql('{ Vendors(draft: true, limit: 100) { docs { name } } }', { token: token() })
    expect(names(list.body.data.Vendors.docs)).toEqual(expectedPublic())
    const one = await booted.api.graphql(`{ Vendor(id: ${JSON.stringify(vendors.draft.id)}, draft: true) { name } }`, { token: token() })
    expect(one.body.data?.Vendor ?? null).toBeNull()
  })

  it('reads no version of these entries (a vendor reads only its own organisation’s; these belong to none)', async () => {
    const rest = await booted.api.get('/vendors/versions?limit=100', { token: token() })
    const gql = await booted.api.graphql('{ versionsVendors(limit: 100) { docs { version { name } } } }', { token: token() })
    if (!token()) {
      expect(rest.status).toBe(403)
      expect(gql.body.data?.versionsVendors ?? null).toBeNull()
      expect(gql.body.errors?.length).toBeGreaterThan(0)
      return
    }
    expect(rest.status).toBe(200)
    const ours = new Set(Object.values(vendors).map((v) => String(v.id)))
    expect(((await rest.json()) as { docs: { parent: unknown }[] }).docs.filter((d) => ours.has(String(d.parent)))).toEqual([])
    expect(gql.body.data.versionsVendors.docs).toEqual([])
  })
})

describe('the Local API with overrideAccess: false', () => {
  it('gives the public only published documents, whatever the query', async () => {
    for (const draft of [false, true]) {
      const result = await booted.payload.find({ collection: 'vendors', overrideAccess: false, draft, limit: 100 })
      expect(names(result.docs)).toEqual(expectedPublic())
    }
    await expect(
      booted.payload.findByID({ collection: 'vendors', id: vendors.draft.id, overrideAccess: false, draft: true }),
    ).rejects.toThrow()
  })

  it('gives an editor the drafts', async () => {
    const editor = await booted.payload.findByID({ collection: 'users', id: actors.editor.id, overrideAccess: true })
    const result = await booted.payload.find({
      collection: 'vendors',
      overrideAccess: false,
      user: editor,
      draft: true,
      limit: 100,
    })
    expect(names(result.docs)).toEqual([vendors.draft.name, vendors.published.name, 'Unpublished new name'].sort())
  })
})
