import { bootWithCategory } from '../../helpers/boot'
import { unique, vendorData } from '../../helpers/content'
import { giveVendorsOrganisations, type Organisations } from '../../helpers/organisations'
import { transition } from '../../helpers/workflow'

// The `publish` rule (src/access/hooks/): a vendor keeps its own organisation's entries as drafts, and
// nothing it does changes what the public sees. Driven over REST and GraphQL as vendorA (organisation A).

const { booted, actors, category } = bootWithCategory()
const orgs = {} as Organisations

beforeAll(async () => {
  Object.assign(orgs, await giveVendorsOrganisations(booted.payload, actors))
})

type Doc = { id: number; shortDescription?: string | null; _status?: string; owner?: unknown }

/** An entry of organisation A, stored by the system as published or as a draft. */
async function ownEntry(status: 'published' | 'draft', shortDescription = 'Publisert tekst') {
  return (await booted.payload.create({
    collection: 'vendors',
    data: vendorData(category.id, { owner: orgs.orgA.id, _status: status, shortDescription }) as never,
    draft: status === 'draft',
    overrideAccess: true,
  })) as unknown as Doc
}

const stored = async (id: number) =>
  (await booted.payload.findByID({ collection: 'vendors', id, overrideAccess: true, disableErrors: true })) as unknown as Doc | null

const publicView = async (id: number) => {
  const response = await booted.api.get(`/vendors/${id}?depth=0`)
  return response.ok ? ((await response.json()) as Doc) : null
}

const asVendor = { token: '' }
beforeAll(() => {
  asVendor.token = actors.vendorA.token
})

async function expectPublishRefused(response: Response) {
  expect(response.status).toBe(403)
  const { errors } = (await response.json()) as { errors: { message: string }[] }
  expect(errors[0]?.message).toMatch(/publisere|publisert/)
}

describe('a vendor saves drafts and never publishes', () => {
  it('creates a draft, with or without ?draft=true', async () => {
    for (const query of ['', '?draft=true']) {
      const response = await booted.api.post(`/vendors${query}`, { body: vendorData(category.id), ...asVendor })
      expect({ query, status: response.status }).toEqual({ query, status: 201 })
      const { doc } = (await response.json()) as { doc: Doc }
      expect((await stored(doc.id))?._status).toBe('draft')
    }
  })

  it('cannot create a published entry: 403, nothing stored', async () => {
    const name = `Publisert ${unique()}`
    const response = await booted.api.post('/vendors', { body: vendorData(category.id, { name, _status: 'published' }), ...asVendor })
    await expectPublishRefused(response)
    const found = await booted.payload.find({ collection: 'vendors', where: { name: { equals: name } }, draft: true, overrideAccess: true })
    expect(found.docs).toEqual([])
  })

  it("_status 'published' on a create with ?draft=true is stored as a draft (Payload's own rule), so nothing is published", async () => {
    const response = await booted.api.post('/vendors?draft=true', { body: vendorData(category.id, { _status: 'published' }), ...asVendor })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Doc }
    expect((await stored(doc.id))?._status).toBe('draft')
    expect(await publicView(doc.id)).toBeNull()
  })

  it('saves a draft over its own published entry; the public keeps the published version', async () => {
    const entry = await ownEntry('published')
    const response = await booted.api.patch(`/vendors/${entry.id}?draft=true`, { body: { shortDescription: 'Utkast fra leverandøren' }, ...asVendor })
    expect(response.status).toBe(200)
    expect((await publicView(entry.id))?.shortDescription).toBe('Publisert tekst')
    const latest = await booted.payload.findByID({ collection: 'vendors', id: entry.id, draft: true, overrideAccess: true })
    expect(latest.shortDescription).toBe('Utkast fra leverandøren')
  })

  it('cannot change its own published entry without ?draft=true', async () => {
    const entry = await ownEntry('published')
    await expectPublishRefused(await booted.api.patch(`/vendors/${entry.id}`, { body: { shortDescription: 'Rett på nett' }, ...asVendor }))
    expect((await stored(entry.id))?.shortDescription).toBe('Publisert tekst')
    expect((await publicView(entry.id))?.shortDescription).toBe('Publisert tekst')
  })

  it('cannot unpublish its own published entry', async () => {
    const entry = await ownEntry('published')
    await expectPublishRefused(await booted.api.patch(`/vendors/${entry.id}`, { body: { _status: 'draft' }, ...asVendor }))
    expect((await stored(entry.id))?._status).toBe('published')
  })

  it.each(['', '?draft=true'])('cannot publish its own draft (query %j)', async (query) => {
    const entry = await ownEntry('draft')
    await expectPublishRefused(await booted.api.patch(`/vendors/${entry.id}${query}`, { body: { _status: 'published' }, ...asVendor }))
    expect((await stored(entry.id))?._status).toBe('draft')
    expect(await publicView(entry.id)).toBeNull()
  })

  it('updates its own never-published draft without ?draft=true (nothing public changes)', async () => {
    const entry = await ownEntry('draft')
    const response = await booted.api.patch(`/vendors/${entry.id}`, { body: { shortDescription: 'Nytt utkast' }, ...asVendor })
    expect(response.status).toBe(200)
    expect((await stored(entry.id))?._status).toBe('draft')
  })

  it('deletes its own draft, but not its own published entry', async () => {
    const draft = await ownEntry('draft')
    expect((await booted.api.delete(`/vendors/${draft.id}`, asVendor)).status).toBe(200)
    expect(await stored(draft.id)).toBeNull()
    const published = await ownEntry('published')
    const refused = await booted.api.delete(`/vendors/${published.id}`, asVendor)
    expect(refused.status).toBe(403)
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/slette en publisert/)
    expect(await stored(published.id)).not.toBeNull()
  })

  it('cannot restore a version of its own entry; an editor can', async () => {
    const entry = await ownEntry('published', 'Første versjon')
    await booted.payload.update({ collection: 'vendors', id: entry.id, data: { shortDescription: 'Andre versjon' }, overrideAccess: true })
    const versions = await booted.payload.findVersions({
      collection: 'vendors',
      where: { and: [{ parent: { equals: entry.id } }, { 'version.shortDescription': { equals: 'Første versjon' } }] },
      overrideAccess: true,
    })
    const first = versions.docs[0]!
    for (const query of ['', '?draft=true']) {
      const refused = await booted.api.post(`/vendors/versions/${first.id}${query}`, asVendor)
      expect({ query, status: refused.status }).toEqual({ query, status: 403 })
    }
    expect((await stored(entry.id))?.shortDescription).toBe('Andre versjon')
    const restored = await booted.api.post(`/vendors/versions/${first.id}`, { token: actors.editor.token })
    expect(restored.status).toBe(200)
    // The restore is a new draft (src/versionRestore/); the published entry stays until it is reviewed.
    const draft = (await booted.payload.findByID({ collection: 'vendors', id: entry.id, draft: true, overrideAccess: true })) as unknown as Doc
    expect({ draft: draft.shortDescription, published: (await stored(entry.id))?.shortDescription }).toEqual({ draft: 'Første versjon', published: 'Andre versjon' })
  })

  it('a bulk update or delete over its own entries is judged per entry', async () => {
    const published = await ownEntry('published')
    const draft = await ownEntry('draft')
    const where = `where[id][in]=${published.id},${draft.id}`
    const update = await booted.api.patch(`/vendors?${where}`, { body: { shortDescription: 'Alle på en gang' }, ...asVendor })
    const updated = (await update.json()) as { docs: Doc[]; errors: { id: number; message: string }[] }
    expect(updated.docs.map((d) => d.id)).toEqual([draft.id])
    expect(updated.errors.map((e) => e.id)).toEqual([published.id])
    expect((await stored(published.id))?.shortDescription).toBe('Publisert tekst')
    const remove = await booted.api.delete(`/vendors?${where}`, asVendor)
    const removed = (await remove.json()) as { docs: Doc[]; errors: { id: number }[] }
    expect(removed.docs.map((d) => d.id)).toEqual([draft.id])
    expect(await stored(published.id)).not.toBeNull()
    expect(await stored(draft.id)).toBeNull()
  })

  it("a scheduled publish runs as the vendor who scheduled it and is refused (Payload's schedulePublish task saves so)", async () => {
    const entry = await ownEntry('draft')
    const vendor = await booted.payload.findByID({ collection: 'users', id: actors.vendorA.id, depth: 0, overrideAccess: true })
    // The call payload/dist/versions/schedule/job.js makes for a job whose input names a user.
    const run = booted.payload.update({
      collection: 'vendors',
      id: entry.id,
      data: { _status: 'published' },
      depth: 0,
      overrideAccess: false,
      user: { ...vendor, collection: 'users' },
    })
    await expect(run).rejects.toMatchObject({ status: 403 })
    expect((await stored(entry.id))?._status).toBe('draft')
  })

  it('GraphQL: a draft save passes, a publish is refused', async () => {
    const entry = await ownEntry('published')
    const draft = await booted.api.graphql(`mutation { updateVendor(id: ${entry.id}, draft: true, data: { shortDescription: "GraphQL-utkast" }) { id } }`, asVendor)
    expect(draft.body.errors).toBeUndefined()
    const publish = await booted.api.graphql(`mutation { updateVendor(id: ${entry.id}, data: { shortDescription: "GraphQL direkte" }) { id } }`, asVendor)
    expect(publish.body.errors?.[0]?.message).toMatch(/publisere/)
    const create = await booted.api.graphql(
      `mutation { createVendor(data: { name: "GQL ${unique()}", solutionType: standalone, professionCategories: [${category.id}], _status: published }) { id } }`,
      asVendor,
    )
    expect(create.body.errors?.[0]?.message).toMatch(/publisere/)
    expect((await publicView(entry.id))?.shortDescription).toBe('Publisert tekst')
  })
})

describe('staff and the system publish', () => {
  it('an editor publishes, unpublishes and deletes a published entry', async () => {
    const entry = await ownEntry('draft')
    const token = actors.editor.token
    // The vendor sends its entry in; the editor, who did not change it, publishes it with a change note (src/workflow/).
    expect((await transition(booted.api, actors.vendorA.token, { collection: 'vendors', id: entry.id, to: 'in-review' })).status).toBe(200)
    expect((await booted.api.patch(`/vendors/${entry.id}`, { body: { _status: 'published', changeNote: 'Ny leverandør' }, token })).status).toBe(200)
    expect((await publicView(entry.id))?._status).toBe('published')
    expect((await booted.api.patch(`/vendors/${entry.id}`, { body: { _status: 'draft' }, token })).status).toBe(200)
    expect(await publicView(entry.id)).toBeNull()
    await booted.payload.update({ collection: 'vendors', id: entry.id, data: { _status: 'published' }, overrideAccess: true })
    expect((await booted.api.delete(`/vendors/${entry.id}`, { token })).status).toBe(200)
  })

  it('a system write (access checks off, as the seed and jobs write) publishes with no user', async () => {
    const entry = await ownEntry('draft')
    await booted.payload.update({ collection: 'vendors', id: entry.id, data: { _status: 'published' }, overrideAccess: true })
    expect((await stored(entry.id))?._status).toBe('published')
  })
})
