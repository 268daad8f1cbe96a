import { bootWithCategory } from '../../helpers/boot'
import { vendorData } from '../../helpers/content'
import { graphqlFor } from '../../helpers/graphql'
import { giveVendorsOrganisations, type Organisations } from '../../helpers/organisations'
import { refusal } from '../../helpers/refusals'

// Issue 12 item 2: what a vendor can never do in its area, as vendorA (organisation A) against its own entries
// and organisation B's, over REST and GraphQL. The delete rule is src/access/hooks/refuseReviewedDelete.ts.

const { booted, actors, category } = bootWithCategory()
const orgs = {} as Organisations

type Id = number | string
type Doc = { id: Id; reviewNote?: string | null; nextReviewAt?: string | null; owner?: unknown; workflow?: { state?: string }; _status?: string }
type State = 'draft' | 'in-review' | 'changes-requested' | 'rejected'

beforeAll(async () => {
  Object.assign(orgs, await giveVendorsOrganisations(booted.payload, actors))
})

/** An entry of an organisation in a review state, set as POST /api/workflow/transition sets it (a system write). */
async function entry(owner: Id, state: State, options: { publishedFirst?: boolean } = {}): Promise<Doc> {
  const published = options.publishedFirst === true
  const doc = (await booted.payload.create({
    collection: 'vendors',
    data: vendorData(category.id, { owner, _status: published ? 'published' : 'draft' }) as never,
    draft: !published,
    overrideAccess: true,
  })) as unknown as Doc
  if (published) {
    // Approved once, then unpublished by the editors: the public no longer sees it, but it was approved.
    await booted.payload.update({ collection: 'vendors', id: doc.id, data: { _status: 'draft' } as never, overrideAccess: true })
  }
  if (state !== 'draft') {
    await booted.payload.update({ collection: 'vendors', id: doc.id, data: { workflow: { state } } as never, draft: true, overrideAccess: true })
  }
  return doc
}

const exists = async (id: Id) =>
  (await booted.payload.findByID({ collection: 'vendors', id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })) !== null
const storedVendor = async (id: Id) =>
  (await booted.payload.findByID({ collection: 'vendors', id, draft: true, depth: 0, overrideAccess: true })) as unknown as Doc
const vendorA = () => ({ token: actors.vendorA.token })

describe('a vendor deletes only what the editors have not got or approved', () => {
  it.each(['draft', 'changes-requested', 'rejected'] as const)('deletes its own %s entry that was never published', async (state) => {
    const doc = await entry(orgs.orgA.id, state)
    const response = await booted.api.delete(`/vendors/${doc.id}`, vendorA())
    expect(response.status).toBe(200)
    expect(await exists(doc.id)).toBe(false)
  })

  it('cannot delete its own submitted entry: 403 in Norwegian, and it stays', async () => {
    const doc = await entry(orgs.orgA.id, 'in-review')
    expect(await refusal(await booted.api.delete(`/vendors/${doc.id}`, vendorA()))).toEqual({
      status: 403,
      message: 'Du kan ikke slette en oppføring som er sendt inn til redaksjonen. Vent til redaksjonen har vurdert den.',
    })
    expect(await exists(doc.id)).toBe(true)
  })

  it('is told in English when its admin is in English', async () => {
    const doc = await entry(orgs.orgA.id, 'in-review')
    const response = await booted.api.delete(`/vendors/${doc.id}`, { ...vendorA(), headers: { 'Accept-Language': 'en' } })
    expect(await refusal(response)).toEqual({ status: 403, message: 'You cannot delete an entry that has been submitted to the editors. Wait until the editors have reviewed it.' })
  })

  it('cannot delete an entry the editors approved once, even after they unpublished it', async () => {
    const doc = await entry(orgs.orgA.id, 'draft', { publishedFirst: true })
    expect((await storedVendor(doc.id))._status).toBe('draft')
    expect(await refusal(await booted.api.delete(`/vendors/${doc.id}`, vendorA()))).toEqual({
      status: 403,
      message: 'Du kan ikke slette en oppføring som redaksjonen har godkjent. Be redaksjonen om å fjerne den.',
    })
    expect(await exists(doc.id)).toBe(true)
  })

  it('nor one approved once and then rejected after a change', async () => {
    const doc = await entry(orgs.orgA.id, 'rejected', { publishedFirst: true })
    expect((await booted.api.delete(`/vendors/${doc.id}`, vendorA())).status).toBe(403)
    expect(await exists(doc.id)).toBe(true)
  })

  it('a bulk delete (where) of its own entries deletes the draft and refuses the submitted one', async () => {
    const draft = await entry(orgs.orgA.id, 'draft')
    const submitted = await entry(orgs.orgA.id, 'in-review')
    const response = await booted.api.delete(`/vendors?where[id][in]=${draft.id},${submitted.id}`, vendorA())
    expect(await exists(draft.id)).toBe(false)
    expect(await exists(submitted.id)).toBe(true)
    const body = (await response.json()) as { errors?: { message: string }[] }
    expect(body.errors?.map((e) => e.message).join(' ')).toMatch(/sendt inn til redaksjonen/)
  })

  it('GraphQL: the submitted and the approved entry are refused, the draft is deleted', async () => {
    const gql = graphqlFor(booted.api, 'vendors')
    const submitted = await entry(orgs.orgA.id, 'in-review')
    const approved = await entry(orgs.orgA.id, 'draft', { publishedFirst: true })
    const draft = await entry(orgs.orgA.id, 'draft')
    expect((await gql.delete(submitted.id, actors.vendorA.token)).errors).toMatch(/sendt inn til redaksjonen/)
    expect((await gql.delete(approved.id, actors.vendorA.token)).errors).toMatch(/redaksjonen har godkjent/)
    expect((await gql.delete(draft.id, actors.vendorA.token)).ok).toBe(true)
    expect([await exists(submitted.id), await exists(approved.id), await exists(draft.id)]).toEqual([true, true, false])
  })

  it("cannot delete organisation B's draft (REST and GraphQL)", async () => {
    const other = await entry(orgs.orgB.id, 'draft')
    expect((await booted.api.delete(`/vendors/${other.id}`, vendorA())).ok).toBe(false)
    expect((await graphqlFor(booted.api, 'vendors').delete(other.id, actors.vendorA.token)).ok).toBe(false)
    expect(await exists(other.id)).toBe(true)
  })

  it('an editor deletes a submitted entry and one approved once', async () => {
    const submitted = await entry(orgs.orgA.id, 'in-review')
    const approved = await entry(orgs.orgA.id, 'draft', { publishedFirst: true })
    expect((await booted.api.delete(`/vendors/${submitted.id}`, { token: actors.editor.token })).status).toBe(200)
    expect((await booted.api.delete(`/vendors/${approved.id}`, { token: actors.editor.token })).status).toBe(200)
    expect([await exists(submitted.id), await exists(approved.id)]).toEqual([false, false])
  })
})

describe('a vendor never publishes', () => {
  it("neither its own submitted entry nor organisation B's draft, over REST and GraphQL; both stay drafts", async () => {
    const own = await entry(orgs.orgA.id, 'in-review')
    const other = await entry(orgs.orgB.id, 'draft')
    const publish = { _status: 'published', changeNote: 'Klar' }
    expect((await booted.api.patch(`/vendors/${own.id}`, { ...vendorA(), body: publish })).status).toBe(403)
    expect((await booted.api.patch(`/vendors/${other.id}`, { ...vendorA(), body: publish })).ok).toBe(false)
    const gql = graphqlFor(booted.api, 'vendors')
    expect((await gql.update(own.id, { _status: 'published' }, actors.vendorA.token, false)).ok).toBe(false)
    expect((await gql.update(other.id, { _status: 'published' }, actors.vendorA.token, false)).ok).toBe(false)
    for (const id of [own.id, other.id]) {
      const main = (await booted.payload.findByID({ collection: 'vendors', id, depth: 0, overrideAccess: true })) as unknown as Doc
      expect(main._status).toBe('draft')
    }
  })
})

describe("a vendor never sees organisation B's entries or users", () => {
  it("REST: B's draft is not found by id, by where[id][in], nor in the versions", async () => {
    const other = await entry(orgs.orgB.id, 'in-review')
    expect((await booted.api.get(`/vendors/${other.id}?draft=true`, vendorA())).status).toBe(404)
    const list = (await (await booted.api.get(`/vendors?where[id][in]=${other.id}&draft=true&depth=0`, vendorA())).json()) as { docs: Doc[] }
    expect(list.docs).toEqual([])
    const versions = (await (await booted.api.get(`/vendors/versions?where[parent][equals]=${other.id}&depth=0`, vendorA())).json()) as { docs: unknown[] }
    expect(versions.docs).toEqual([])
  })

  it("GraphQL: B's draft is not found by id nor in a list", async () => {
    const other = await entry(orgs.orgB.id, 'draft')
    const gql = graphqlFor(booted.api, 'vendors')
    expect((await gql.byId(other.id, 'id name', actors.vendorA.token)).ok).toBe(false)
    expect((await gql.listIds([other.id], actors.vendorA.token)).ids).toEqual([])
  })

  it('REST and GraphQL: the user list holds only the vendor itself; vendorB by id is not found', async () => {
    const list = (await (await booted.api.get('/users?limit=100&depth=0', vendorA())).json()) as { docs: { id: Id; email?: string }[] }
    expect(list.docs.map((d) => String(d.id))).toEqual([String(actors.vendorA.id)])
    expect((await booted.api.get(`/users/${actors.vendorB.id}`, vendorA())).status).toBe(404)
    const users = graphqlFor(booted.api, 'users')
    expect((await users.listIds([actors.vendorA.id, actors.vendorB.id, actors.editor.id], actors.vendorA.token)).ids).toEqual([String(actors.vendorA.id)])
    expect((await users.byId(actors.vendorB.id, 'id email', actors.vendorA.token)).ok).toBe(false)
  })
})

describe('a vendor cannot change review fields, the workflow, the owner or its own role', () => {
  const staffSet = { reviewNote: 'Redaksjonens merknad', nextReviewAt: '2027-06-01T00:00:00.000Z' }

  async function ownWithReviewFields(): Promise<Doc> {
    const doc = await entry(orgs.orgA.id, 'draft')
    await booted.payload.update({ collection: 'vendors', id: doc.id, data: staffSet as never, draft: true, overrideAccess: true })
    return doc
  }

  const attempt = { reviewNote: 'Leverandørens merknad', nextReviewAt: '2030-01-01T00:00:00.000Z', workflow: { state: 'published', changedBy: [], reviewAfterPublish: true } }

  it('REST: a save of its own draft with review and workflow fields keeps the stored values', async () => {
    const doc = await ownWithReviewFields()
    await booted.api.patch(`/vendors/${doc.id}?draft=true`, { ...vendorA(), body: { shortDescription: 'Ny tekst', ...attempt } })
    const stored = await storedVendor(doc.id)
    expect({ reviewNote: stored.reviewNote, nextReviewAt: stored.nextReviewAt, state: stored.workflow?.state }).toEqual({ ...staffSet, state: 'draft' })
  })

  it('GraphQL: the same save keeps them too', async () => {
    const doc = await ownWithReviewFields()
    await graphqlFor(booted.api, 'vendors').update(doc.id, { shortDescription: 'Ny tekst', reviewNote: attempt.reviewNote, nextReviewAt: attempt.nextReviewAt }, actors.vendorA.token, true)
    const stored = await storedVendor(doc.id)
    expect({ reviewNote: stored.reviewNote, nextReviewAt: stored.nextReviewAt }).toEqual(staffSet)
  })

  it('a new entry cannot start submitted or with review fields', async () => {
    const response = await booted.api.post('/vendors', { ...vendorA(), body: vendorData(category.id, attempt) })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Doc }
    const stored = await storedVendor(doc.id)
    expect({ reviewNote: stored.reviewNote ?? null, nextReviewAt: stored.nextReviewAt ?? null, state: stored.workflow?.state }).toEqual({ reviewNote: null, nextReviewAt: null, state: 'draft' })
  })

  it('GraphQL: moving its own entry to organisation B is refused and the owner stays', async () => {
    const doc = await entry(orgs.orgA.id, 'draft')
    const result = await graphqlFor(booted.api, 'vendors').update(doc.id, { owner: orgs.orgB.id }, actors.vendorA.token, true)
    expect(result.errors).toMatch(/din egen organisasjon/)
    expect((await storedVendor(doc.id)).owner).toBe(orgs.orgA.id)
  })

  it("REST: taking organisation B's entry by naming it as owner is refused", async () => {
    const other = await entry(orgs.orgB.id, 'draft')
    expect((await booted.api.patch(`/vendors/${other.id}?draft=true`, { ...vendorA(), body: { owner: orgs.orgA.id } })).ok).toBe(false)
    expect((await storedVendor(other.id)).owner).toBe(orgs.orgB.id)
  })

  it('GraphQL: asking for the admin role on itself is refused and the role stays', async () => {
    const result = await booted.api.graphql(`mutation { updateUser(id: ${JSON.stringify(actors.vendorA.id)}, data: { roles: [admin] }) { id roles } }`, vendorA())
    expect(result.body.errors?.length ?? 0).toBeGreaterThan(0)
    const stored = await booted.payload.findByID({ collection: 'users', id: actors.vendorA.id, depth: 0, overrideAccess: true })
    expect(stored.roles).toEqual(['vendor'])
  })

  it("REST: changing vendorB's role or organisation is refused", async () => {
    expect((await booted.api.patch(`/users/${actors.vendorB.id}`, { ...vendorA(), body: { roles: ['vendor', 'editor'], organisation: orgs.orgA.id } })).ok).toBe(false)
    const stored = await booted.payload.findByID({ collection: 'users', id: actors.vendorB.id, depth: 0, overrideAccess: true })
    expect({ roles: stored.roles, organisation: stored.organisation }).toEqual({ roles: ['vendor'], organisation: orgs.orgB.id })
  })
})

describe('a vendor uploads nothing', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>'

  function form(bytes: string, filename: string, type: string) {
    const data = new FormData()
    data.append('file', new Blob([bytes as BlobPart], { type }), filename)
    data.append('_payload', JSON.stringify({ alt: 'Logo' }))
    return data
  }

  const mediaCount = async () => (await booted.payload.count({ collection: 'media', overrideAccess: true })).totalDocs

  it('an SVG from a vendor is 403 and nothing is stored; from an editor it is 400 (SVG is not an allowed type)', async () => {
    const before = await mediaCount()
    expect((await booted.api.post('/media', { raw: form(svg, 'logo.svg', 'image/svg+xml'), ...vendorA() })).status).toBe(403)
    expect((await booted.api.post('/media', { raw: form(svg, 'logo.svg', 'image/svg+xml'), token: actors.editor.token })).status).toBe(400)
    expect(await mediaCount()).toBe(before)
  })

  it('an SVG renamed to .png from a vendor is 403 as well', async () => {
    expect((await booted.api.post('/media', { raw: form(svg, 'logo.png', 'image/png'), ...vendorA() })).status).toBe(403)
  })

  it('GraphQL offers a vendor no way to create media either', async () => {
    const result = await booted.api.graphql('mutation { createMedia(data: { alt: "Logo" }) { id } }', vendorA())
    expect(result.body.errors?.length ?? 0).toBeGreaterThan(0)
    expect(result.body.data?.createMedia ?? null).toBeNull()
  })
})
