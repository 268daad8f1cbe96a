import { bootWithCategory } from '../../helpers/boot'
import { unique, vendorData } from '../../helpers/content'
import { createOrganisation } from '../../fixtures/users'
import { giveVendorsOrganisations, vendorWithoutOrganisation, type Organisations } from '../../helpers/organisations'

// `'own'` by organisation (src/access/matrix.ts, accessFor, fieldAccessFor, hooks/constrainOwner): vendorA is a
// member of organisation A, vendorB of organisation B. Over REST and GraphQL.

const { booted, actors, category } = bootWithCategory()
const orgs = {} as Organisations
const docs = {} as Record<'ownDraft' | 'ownPublished' | 'otherDraft' | 'otherPublished', { id: number }>

type Doc = { id: number; owner?: unknown; reviewNote?: string; _status?: string }

async function entry(owner: number | string, status: 'published' | 'draft') {
  return (await booted.payload.create({
    collection: 'vendors',
    data: vendorData(category.id, { owner, _status: status, reviewNote: 'Sjekk attestene' }) as never,
    draft: status === 'draft',
    overrideAccess: true,
  })) as unknown as { id: number }
}

beforeAll(async () => {
  Object.assign(orgs, await giveVendorsOrganisations(booted.payload, actors))
  docs.ownDraft = await entry(orgs.orgA.id, 'draft')
  docs.ownPublished = await entry(orgs.orgA.id, 'published')
  docs.otherDraft = await entry(orgs.orgB.id, 'draft')
  docs.otherPublished = await entry(orgs.orgB.id, 'published')
})

const vendorA = () => ({ token: actors.vendorA.token })
const ownerOf = async (id: number) =>
  ((await booted.payload.findByID({ collection: 'vendors', id, draft: true, depth: 0, overrideAccess: true })) as unknown as Doc).owner

describe('the owner of a new or changed entry', () => {
  it("a vendor's new entry without an owner belongs to the vendor's organisation", async () => {
    const response = await booted.api.post('/vendors', { body: vendorData(category.id), ...vendorA() })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Doc }
    expect(await ownerOf(doc.id)).toBe(orgs.orgA.id)
  })

  it('a vendor may name its own organisation', async () => {
    const response = await booted.api.post('/vendors', { body: vendorData(category.id, { owner: orgs.orgA.id }), ...vendorA() })
    expect(response.status).toBe(201)
  })

  it('a vendor naming another organisation gets 403 and nothing is stored', async () => {
    const name = `Fremmed ${unique()}`
    const response = await booted.api.post('/vendors', { body: vendorData(category.id, { name, owner: orgs.orgB.id }), ...vendorA() })
    expect(response.status).toBe(403)
    const { errors } = (await response.json()) as { errors: { message: string }[] }
    expect(errors[0]?.message).toMatch(/din egen organisasjon/)
    const found = await booted.payload.find({ collection: 'vendors', where: { name: { equals: name } }, draft: true, overrideAccess: true })
    expect(found.docs).toEqual([])
  })

  it('a vendor without an organisation cannot create an entry', async () => {
    const loner = await vendorWithoutOrganisation(booted.payload, booted.api)
    const response = await booted.api.post('/vendors', { body: vendorData(category.id), token: loner.token })
    expect(response.status).toBe(403)
  })

  it('a vendor cannot move its own entry to another organisation', async () => {
    const response = await booted.api.patch(`/vendors/${docs.ownDraft.id}?draft=true`, { body: { owner: orgs.orgB.id }, ...vendorA() })
    expect(response.status).toBe(403)
    expect(await ownerOf(docs.ownDraft.id)).toBe(orgs.orgA.id)
  })

  it('an editor gives an entry to any organisation', async () => {
    const third = await createOrganisation(booted.payload)
    const target = await entry(orgs.orgA.id, 'draft')
    const response = await booted.api.patch(`/vendors/${target.id}?draft=true`, { body: { owner: third.id }, token: actors.editor.token })
    expect(response.status).toBe(200)
    expect(await ownerOf(target.id)).toBe(third.id)
  })

  it('GraphQL: another organisation as owner is refused', async () => {
    const result = await booted.api.graphql(
      `mutation { createVendor(data: { name: "GQL ${unique()}", solutionType: standalone, professionCategories: [${category.id}], owner: ${orgs.orgB.id} }) { id } }`,
      vendorA(),
    )
    expect(result.body.errors?.[0]?.message).toMatch(/din egen organisasjon/)
  })
})

describe("a vendor reads published entries and its own organisation's drafts", () => {
  it('lists published entries and its own drafts, never another organisation’s drafts', async () => {
    const response = await booted.api.get('/vendors?limit=100&depth=0&draft=true', vendorA())
    const ids = ((await response.json()) as { docs: Doc[] }).docs.map((d) => d.id)
    expect(ids).toEqual(expect.arrayContaining([docs.ownDraft.id, docs.ownPublished.id, docs.otherPublished.id]))
    expect(ids).not.toContain(docs.otherDraft.id)
  })

  it('reads its own draft by id, not another organisation’s', async () => {
    expect((await booted.api.get(`/vendors/${docs.ownDraft.id}?draft=true`, vendorA())).status).toBe(200)
    expect((await booted.api.get(`/vendors/${docs.otherDraft.id}?draft=true`, vendorA())).status).toBe(404)
  })

  it('vendorB sees the other way round', async () => {
    const response = await booted.api.get('/vendors?limit=100&depth=0', { token: actors.vendorB.token })
    const ids = ((await response.json()) as { docs: Doc[] }).docs.map((d) => d.id)
    expect(ids).toContain(docs.otherDraft.id)
    expect(ids).not.toContain(docs.ownDraft.id)
  })

  it('GraphQL lists the same', async () => {
    const result = await booted.api.graphql('{ Vendors(limit: 100) { docs { id } } }', vendorA())
    const ids = (result.body.data.Vendors.docs as Doc[]).map((d) => Number(d.id))
    expect(ids).toEqual(expect.arrayContaining([docs.ownDraft.id, docs.otherPublished.id]))
    expect(ids).not.toContain(docs.otherDraft.id)
  })

  it('cannot update or delete another organisation’s entry', async () => {
    const update = await booted.api.patch(`/vendors/${docs.otherDraft.id}?draft=true`, { body: { shortDescription: 'Kapret' }, ...vendorA() })
    expect(update.ok).toBe(false)
    const remove = await booted.api.delete(`/vendors/${docs.otherDraft.id}`, vendorA())
    expect(remove.ok).toBe(false)
    expect(await ownerOf(docs.otherDraft.id)).toBe(orgs.orgB.id)
  })

  it('reads the versions of its own entries only (version.owner), over REST and GraphQL', async () => {
    const rest = await booted.api.get('/vendors/versions?limit=100&depth=0', vendorA())
    expect(rest.status).toBe(200)
    const parents = ((await rest.json()) as { docs: { parent: number }[] }).docs.map((d) => d.parent)
    expect(parents).toEqual(expect.arrayContaining([docs.ownDraft.id, docs.ownPublished.id]))
    expect(parents).not.toContain(docs.otherDraft.id)
    expect(parents).not.toContain(docs.otherPublished.id)
    const graphql = await booted.api.graphql('{ versionsVendors(limit: 100) { docs { parent { id } } } }', vendorA())
    const gqlParents = (graphql.body.data.versionsVendors.docs as { parent: { id: number } | null }[]).map((d) => Number(d.parent?.id))
    expect(gqlParents).toContain(docs.ownDraft.id)
    expect(gqlParents).not.toContain(docs.otherDraft.id)
  })

  it('never reads a review note, not even on its own entry', async () => {
    const own = (await (await booted.api.get(`/vendors/${docs.ownDraft.id}?draft=true`, vendorA())).json()) as Doc
    expect(own).not.toHaveProperty('reviewNote')
    const asEditor = (await (await booted.api.get(`/vendors/${docs.ownDraft.id}?draft=true`, { token: actors.editor.token })).json()) as Doc
    expect(asEditor.reviewNote).toBe('Sjekk attestene')
  })

  it('an anonymous reader sees the owner of a published entry', async () => {
    const doc = (await (await booted.api.get(`/vendors/${docs.ownPublished.id}?depth=1`)).json()) as { owner?: { name?: string } }
    expect(typeof doc.owner?.name).toBe('string')
  })
})

describe('vendor organisations', () => {
  type Org = { id: number; name?: string; organisationNumber?: string; members?: { docs: { id: number }[] } }
  const read = async (id: number | string, token?: string) => (await (await booted.api.get(`/vendor-organisations/${id}`, { token })).json()) as Org

  it('everyone reads name and number; members only staff and the members themselves', async () => {
    const anonymous = await read(orgs.orgA.id)
    expect(anonymous.name).toEqual(expect.any(String))
    expect(anonymous.organisationNumber).toMatch(/^\d{9}$/)
    expect(anonymous).not.toHaveProperty('members')
    const own = await read(orgs.orgA.id, actors.vendorA.token)
    expect(own.members?.docs.map((m) => (typeof m === 'object' ? m.id : m))).toContain(actors.vendorA.id)
    expect(await read(orgs.orgB.id, actors.vendorA.token)).not.toHaveProperty('members')
    const editor = await read(orgs.orgB.id, actors.editor.token)
    expect(editor.members?.docs.map((m) => (typeof m === 'object' ? m.id : m))).toContain(actors.vendorB.id)
  })

  it('GraphQL: a vendor finds itself among its own organisation’s members, and nobody in another’s', async () => {
    const query = (id: number | string) => `{ VendorOrganisation(id: ${id}) { name members { docs { id } } } }`
    const own = await booted.api.graphql(query(orgs.orgA.id), vendorA())
    expect(own.body.data.VendorOrganisation.members.docs.map((m: { id: unknown }) => Number(m.id))).toEqual([Number(actors.vendorA.id)])
    // Payload's join resolver lists the users the reader may read (a vendor: itself), whatever the field's own read rule.
    const other = await booted.api.graphql(query(orgs.orgB.id), vendorA())
    expect(other.body.data.VendorOrganisation.members?.docs ?? []).toEqual([])
    const editor = await booted.api.graphql(query(orgs.orgB.id), { token: actors.editor.token })
    expect(editor.body.data.VendorOrganisation.members.docs.map((m: { id: unknown }) => Number(m.id))).toContain(Number(actors.vendorB.id))
  })

  it('only staff create, change and delete them', async () => {
    const body = { name: `Ny ${unique()}`, organisationNumber: '974760673' }
    expect((await booted.api.post('/vendor-organisations', { body, ...vendorA() })).status).toBe(403)
    expect((await booted.api.patch(`/vendor-organisations/${orgs.orgA.id}`, { body: { name: 'Omdøpt' }, ...vendorA() })).status).toBe(403)
    expect((await booted.api.delete(`/vendor-organisations/${orgs.orgA.id}`, vendorA())).status).toBe(403)
    expect((await booted.api.post('/vendor-organisations', { body, token: actors.editor.token })).status).toBe(201)
  })

  it('need a name; an organisation number, when given, must be valid and unique', async () => {
    const token = actors.editor.token
    expect((await booted.api.post('/vendor-organisations', { body: { organisationNumber: '914994780' }, token })).status).toBe(400)
    expect((await booted.api.post('/vendor-organisations', { body: { name: `Feil nummer ${unique()}`, organisationNumber: '974760674' }, token })).status).toBe(400)
    expect((await booted.api.post('/vendor-organisations', { body: { name: `Uten nummer ${unique()}` }, token })).status).toBe(201)
    const taken = (await read(orgs.orgA.id)).organisationNumber
    expect((await booted.api.post('/vendor-organisations', { body: { name: `Dobbel ${unique()}`, organisationNumber: taken }, token })).status).toBe(400)
  })
})

describe('the organisation and roles of a user', () => {
  it('a vendor reads its own organisation and roles, and cannot change its organisation', async () => {
    const me = (await (await booted.api.get(`/users/${actors.vendorA.id}?depth=0`, vendorA())).json()) as { organisation?: unknown; roles?: string[] }
    expect(me.organisation).toBe(orgs.orgA.id)
    expect(me.roles).toEqual(['vendor'])
    await booted.api.patch(`/users/${actors.vendorA.id}`, { body: { organisation: orgs.orgB.id }, ...vendorA() })
    const stored = await booted.payload.findByID({ collection: 'users', id: actors.vendorA.id, depth: 0, overrideAccess: true })
    expect(stored.organisation).toBe(orgs.orgA.id)
  })

  it('an admin moves a vendor to another organisation, and what it owns moves with it', async () => {
    const mover = await booted.payload.create({
      collection: 'users',
      data: { email: `flytter-${unique()}@test.videoveileder.no`, password: 'Riktig-hest-batteri-42', name: 'Flytter', roles: ['vendor'], organisation: orgs.orgA.id as number },
      overrideAccess: true,
    })
    const token = await booted.api.login(mover.email, 'Riktig-hest-batteri-42')
    expect((await booted.api.get(`/vendors/${docs.ownDraft.id}?draft=true`, { token })).status).toBe(200)
    const moved = await booted.api.patch(`/users/${mover.id}`, { body: { organisation: orgs.orgB.id }, token: actors.admin.token })
    expect(moved.status).toBe(200)
    expect((await booted.api.get(`/vendors/${docs.ownDraft.id}?draft=true`, { token })).status).toBe(404)
    expect((await booted.api.get(`/vendors/${docs.otherDraft.id}?draft=true`, { token })).status).toBe(200)
  })
})
